package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.BarrierRemoval;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.PurchaseCommitment;
import org.tradedeal.negotiation.TariffCut;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft editor's form exactly as the negotiator typed it (every value kept as text, so nothing typed is
 * lost when it is sent back with an error), and its conversion to the content the API takes. Field names
 * follow the API's paths ({@code purchases[0].hsCode}), so the fields a problem's violations name
 * ({@code content.purchases[0].hsCode}) are found in the form as they are.
 */
public final class DraftForm {

    private static final Pattern ROW_FIELD = Pattern.compile("(purchases|barrierRemovals|tariffCuts|intentions)\\[(\\d+)\\](?:\\.(\\w+))?");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public String title = "";
    public String note = "";
    /** The version an edit starts from (null for a new draft). */
    public Integer basedOnVersion;
    public final List<Row> purchases = new ArrayList<>();
    public final List<Row> barrierRemovals = new ArrayList<>();
    public final List<Row> tariffCuts = new ArrayList<>();
    public final List<Row> intentions = new ArrayList<>();
    /** Errors of fields outside the rows (title, note, the content as a whole), by field name. */
    public final Map<String, String> errors = new LinkedHashMap<>();

    /** One entry of a list: its fields as typed, and the error of each. */
    public static final class Row {
        public int index;
        public final String list;
        public final Map<String, String> values = new LinkedHashMap<>();
        public final Map<String, String> errors = new LinkedHashMap<>();
        /** Newly added: the page puts the keyboard focus on it. */
        public boolean focus;

        Row(String list) {
            this.list = list;
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean checked(String field) {
            return "true".equals(values.get(field)) || "on".equals(values.get(field));
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        /** The input's name, as the API names the field (without the "content." prefix). */
        public String name(String field) {
            return list + "[" + index + "]" + (field.isEmpty() ? "" : "." + field);
        }

        /** A short, unique element id for the field. */
        public String id(String field) {
            return list.charAt(0) + String.valueOf(index) + (field.isEmpty() ? "" : "-" + field);
        }

        public int number() {
            return index + 1;
        }

        /** The value of a button that acts on this row: "remove-purchase:2". */
        public String command(String verb) {
            return verb + ":" + index;
        }

        Row with(String field, String value) {
            values.put(field, value == null ? "" : value);
            return this;
        }
    }

    /** An empty form for a new draft. */
    public static DraftForm empty() {
        return new DraftForm();
    }

    /** The form showing a stored version's content, to edit it into the next version. */
    public static DraftForm of(DraftContent content, int basedOnVersion) {
        DraftForm form = new DraftForm();
        form.basedOnVersion = basedOnVersion;
        content.purchases().forEach(p -> form.add(form.purchases, "purchases")
                .with("hsCode", p.hsCode()).with("description", p.description())
                .with("addedUsdMillionsPerYear", plain(p.addedUsdPerYear().divide(MILLION)))
                .with("firstYear", text(p.firstYear())).with("years", text(p.years()))
                .with("binding", String.valueOf(p.binding())));
        content.barrierRemovals().forEach(b -> form.add(form.barrierRemovals, "barrierRemovals")
                .with("barrierCode", b.barrierCode()).with("committedBy", text(b.committedBy()))
                .with("verifiable", String.valueOf(b.verifiable())).with("binding", String.valueOf(b.binding())));
        content.tariffCuts().forEach(c -> form.add(form.tariffCuts, "tariffCuts")
                .with("hsCode", c.hsCode()).with("fromPct", plain(c.fromPct())).with("toPct", plain(c.toPct())));
        content.intentions().forEach(text -> form.add(form.intentions, "intentions").with("", text));
        return form;
    }

    /** The form as posted: rows in the order of their indexes, renumbered from 0. */
    public static DraftForm parse(Map<String, List<String>> fields) {
        DraftForm form = new DraftForm();
        form.title = first(fields, "title");
        form.note = first(fields, "note");
        String based = first(fields, "basedOnVersion");
        form.basedOnVersion = based.isBlank() ? null : Integer.valueOf(based.trim());
        Map<String, SortedMap<Integer, Map<String, String>>> lists = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            Matcher matcher = ROW_FIELD.matcher(name);
            if (matcher.matches() && !values.isEmpty()) {
                lists.computeIfAbsent(matcher.group(1), list -> new TreeMap<>())
                        .computeIfAbsent(Integer.valueOf(matcher.group(2)), index -> new LinkedHashMap<>())
                        .put(matcher.group(3) == null ? "" : matcher.group(3), values.get(values.size() - 1));
            }
        });
        form.fill(form.purchases, "purchases", lists);
        form.fill(form.barrierRemovals, "barrierRemovals", lists);
        form.fill(form.tariffCuts, "tariffCuts", lists);
        form.fill(form.intentions, "intentions", lists);
        return form;
    }

    private void fill(List<Row> rows, String list, Map<String, SortedMap<Integer, Map<String, String>>> lists) {
        lists.getOrDefault(list, new TreeMap<>()).values().forEach(values -> add(rows, list).values.putAll(values));
    }

    /**
     * Changes the rows as one of the editor's buttons asks: {@code add-purchase}, {@code add-purchase:5201}
     * (from the product picker), {@code remove-purchase:2}, and so for barriers, cuts and intentions.
     *
     * @return whether the action was one of these (false: it is a save)
     */
    public boolean rework(String action, Function<String, String> productName) {
        if (action == null) {
            return false;
        }
        String[] parts = action.split(":", 2);
        String argument = parts.length > 1 ? parts[1] : null;
        switch (parts[0]) {
            case "add-purchase" -> {
                Row row = added(purchases, "purchases").with("firstYear", "").with("years", "").with("binding", "true");
                if (argument != null) {
                    row.with("hsCode", argument).with("description", productName.apply(argument));
                }
            }
            case "add-barrier" -> added(barrierRemovals, "barrierRemovals").with("barrierCode", argument)
                    .with("verifiable", "true").with("binding", "true");
            case "add-cut" -> added(tariffCuts, "tariffCuts").with("hsCode", argument);
            case "add-intention" -> added(intentions, "intentions").with("", "");
            case "remove-purchase" -> remove(purchases, argument);
            case "remove-barrier" -> remove(barrierRemovals, argument);
            case "remove-cut" -> remove(tariffCuts, argument);
            case "remove-intention" -> remove(intentions, argument);
            default -> {
                return false;
            }
        }
        return true;
    }

    private Row add(List<Row> rows, String list) {
        Row row = new Row(list);
        row.index = rows.size();
        rows.add(row);
        return row;
    }

    private Row added(List<Row> rows, String list) {
        Row row = add(rows, list);
        row.focus = true;
        return row;
    }

    private static void remove(List<Row> rows, String index) {
        int at = Integer.parseInt(index);
        if (at >= 0 && at < rows.size()) {
            rows.remove(at);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).index = i;
        }
    }

    /** The content as the API takes it; a value that is not a number, year or date becomes null and an error. */
    public DraftContent toContent() {
        List<PurchaseCommitment> purchaseList = purchases.stream().map(row -> new PurchaseCommitment(
                blankToNull(row.value("hsCode")), blankToNull(row.value("description")),
                millions(row, "addedUsdMillionsPerYear"), integer(row, "firstYear"), integer(row, "years"),
                row.checked("binding"))).toList();
        List<BarrierRemoval> removals = barrierRemovals.stream().map(row -> new BarrierRemoval(
                blankToNull(row.value("barrierCode")), date(row, "committedBy"), row.checked("verifiable"),
                row.checked("binding"))).toList();
        List<TariffCut> cuts = tariffCuts.stream().map(row -> new TariffCut(blankToNull(row.value("hsCode")),
                decimal(row, "fromPct"), decimal(row, "toPct"))).toList();
        List<String> texts = intentions.stream().map(row -> row.value("")).toList();
        return new DraftContent(purchaseList, removals, cuts, texts);
    }

    /** Whether the form has an error anywhere (after conversion: a text that is not a number, year or date). */
    public boolean hasAnyError() {
        return !errors.isEmpty() || rows().stream().anyMatch(row -> !row.errors.isEmpty());
    }

    /** The error of a field outside the rows: title, note, content. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /**
     * Puts each error next to the field it names: {@code content.purchases[0].hsCode} on that row's field,
     * any other name (title, content) on the form. An error already there (the text was not a number) stays.
     */
    public void addErrors(Map<String, String> byField) {
        byField.forEach((field, message) -> {
            String name = field.startsWith("content.") ? field.substring("content.".length()) : field;
            Matcher matcher = ROW_FIELD.matcher(name);
            if (matcher.matches()) {
                List<Row> rows = rows(matcher.group(1));
                int index = Integer.parseInt(matcher.group(2));
                if (index < rows.size()) {
                    rows.get(index).errors.putIfAbsent(formField(matcher.group(3)), message);
                    return;
                }
            }
            errors.putIfAbsent(field, message);
        });
    }

    /** The form's field for a field of the API: the amount is typed in millions. */
    private static String formField(String apiField) {
        if (apiField == null) {
            return "";
        }
        return "addedUsdPerYear".equals(apiField) ? "addedUsdMillionsPerYear" : apiField;
    }

    /** Every error, by the API's field name, for the summary at the top of the form. */
    public List<FieldError> allErrors() {
        List<FieldError> all = new ArrayList<>();
        errors.forEach((field, message) -> all.add(new FieldError(field, label(field), message, anchor(field))));
        for (Row row : rows()) {
            row.errors.forEach((field, message) -> all.add(new FieldError("content." + row.name(field),
                    label(row, field), message, row.id(field))));
        }
        return all;
    }

    /** One error of the summary: what it is about, in words, and the id of the field to jump to. */
    public record FieldError(String field, String label, String message, String anchor) {
    }

    private List<Row> rows() {
        List<Row> all = new ArrayList<>(purchases);
        all.addAll(barrierRemovals);
        all.addAll(tariffCuts);
        all.addAll(intentions);
        return all;
    }

    private List<Row> rows(String list) {
        return switch (list) {
            case "purchases" -> purchases;
            case "barrierRemovals" -> barrierRemovals;
            case "tariffCuts" -> tariffCuts;
            default -> intentions;
        };
    }

    private static String label(String field) {
        return switch (field) {
            case "title" -> "Title";
            case "note" -> "Note";
            case "content" -> "The draft";
            default -> field;
        };
    }

    private static String anchor(String field) {
        return switch (field) {
            case "title", "note" -> field;
            default -> "commitments";
        };
    }

    private static String label(Row row, String field) {
        String what = switch (row.list) {
            case "purchases" -> "Purchase ";
            case "barrierRemovals" -> "Barrier removal ";
            case "tariffCuts" -> "Tariff cut ";
            default -> "Intention ";
        };
        return what + row.number() + (field.isEmpty() ? "" : ", " + FIELD_LABELS.getOrDefault(field, field));
    }

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("hsCode", "HS code"), Map.entry("addedUsdMillionsPerYear", "amount"), Map.entry("firstYear", "first year"),
            Map.entry("years", "years"), Map.entry("barrierCode", "barrier"), Map.entry("committedBy", "removed by"),
            Map.entry("fromPct", "from %"), Map.entry("toPct", "to %"), Map.entry("description", "description"));

    private static BigDecimal millions(Row row, String field) {
        BigDecimal value = decimal(row, field);
        if (value == null) {
            return null;
        }
        // The API's field is the amount in USD; its errors name that field, shown here on the amount typed.
        return value.multiply(MILLION).stripTrailingZeros();
    }

    private static BigDecimal decimal(Row row, String field) {
        return parsed(row, field, text -> new BigDecimal(text.replace(",", "")), "must be a number, such as 250 or 12.5");
    }

    private static Integer integer(Row row, String field) {
        return parsed(row, field, Integer::valueOf, "must be a whole number, such as 2026");
    }

    private static LocalDate date(Row row, String field) {
        return parsed(row, field, LocalDate::parse, "must be a date such as 2026-06-30");
    }

    /** The field's text read as a value; blank is null, text that does not read is null and an error of the field. */
    private static <T> T parsed(Row row, String field, Function<String, T> reader, String message) {
        String text = row.value(field).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return reader.apply(text);
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            row.errors.put(field, message);
            return null;
        }
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
