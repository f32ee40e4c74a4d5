package org.tradedeal.tradedata.csv;

import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.Period;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/**
 * One good row of a trade-flow CSV file, every cell checked.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 */
public record FlowRow(long line, String reporter, String partner, Period period, Direction direction,
                      ProductLevel productLevel, String hsCode, BigDecimal valueUsd, BigDecimal calculatedDutyUsd,
                      ValuePrecision precision, String precisionNote, BigDecimal roundingUnitUsd) {
}
