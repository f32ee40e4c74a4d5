package org.tradedeal.negotiation.ui;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write numbers, money, rates, verdicts and times: {@code {fmt:usd(amount)}}. Null shows as a dash. */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    static final String NONE = "–";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** Exact dollars: 1,066,636,980 USD. */
    public static String usd(BigDecimal value) {
        return value == null ? NONE : grouped(value.setScale(0, RoundingMode.HALF_UP)) + " USD";
    }

    /** Dollars at a glance: 393 M USD, 1.07 bn USD. */
    public static String money(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal size = value.abs();
        if (size.compareTo(BILLION) >= 0) {
            return value.divide(BILLION, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " bn USD";
        }
        if (size.compareTo(MILLION) >= 0) {
            return grouped(value.divide(MILLION, 1, RoundingMode.HALF_UP).stripTrailingZeros()) + " M USD";
        }
        return usd(value);
    }

    /** A signed change in dollars: +300 M USD, -1.2 bn USD. */
    public static String moneyDelta(BigDecimal value) {
        return value == null ? NONE : (value.signum() > 0 ? "+" : "") + money(value);
    }

    public static String pct(BigDecimal value) {
        return value == null ? NONE : number(value) + "%";
    }

    /** A plain number: 66.5, 20. */
    public static String number(BigDecimal value) {
        return value == null ? NONE : grouped(value.stripTrailingZeros());
    }

    /** A signed change of points: +6, -2.5, 0. */
    public static String delta(BigDecimal value) {
        return value == null ? NONE : (value.signum() > 0 ? "+" : "") + number(value);
    }

    /** ADDRESSES_CONCERNS -> "Addresses the concerns". */
    public static String verdict(String verdict) {
        if (verdict == null) {
            return "Not scored";
        }
        return switch (verdict) {
            case "ADDRESSES_CONCERNS" -> "Addresses the concerns";
            case "PARTIALLY_ADDRESSES" -> "Partially addresses the concerns";
            case "INSUFFICIENT" -> "Insufficient";
            default -> words(verdict);
        };
    }

    /** The CSS class of a verdict's badge. */
    public static String verdictClass(String verdict) {
        if (verdict == null) {
            return "badge";
        }
        return switch (verdict) {
            case "ADDRESSES_CONCERNS" -> "badge good";
            case "PARTIALLY_ADDRESSES" -> "badge fair";
            default -> "badge poor";
        };
    }

    /** An enum name as words: SCORING_PENDING -> "Scoring pending". */
    public static String words(Object name) {
        if (name == null) {
            return NONE;
        }
        String text = name.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A count of days without its sign: "overdue by 12 days". */
    public static long abs(long days) {
        return Math.abs(days);
    }

    public static String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
