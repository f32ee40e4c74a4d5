package org.tradedeal.rules.engine;

import org.tradedeal.rules.api.ProductTradeInput;

import java.util.ArrayList;
import java.util.List;

/** Pure function over the baseline's exports by product. */
final class ExportLines {

    private ExportLines() {
    }

    /**
     * The lines not nested in another line of the list (a line whose code has a proper prefix among the
     * other lines' codes is part of that line), so that no trade is counted twice.
     */
    static List<ProductTradeInput> outermost(List<ProductTradeInput> lines) {
        List<ProductTradeInput> outermost = new ArrayList<>(lines.size());
        for (ProductTradeInput line : lines) {
            if (!nested(line, lines)) {
                outermost.add(line);
            }
        }
        return outermost;
    }

    private static boolean nested(ProductTradeInput line, List<ProductTradeInput> lines) {
        for (ProductTradeInput other : lines) {
            if (other.hsCode().length() < line.hsCode().length() && line.hsCode().startsWith(other.hsCode())) {
                return true;
            }
        }
        return false;
    }
}
