package vn.da06.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures inside sentences of a report, written the Vietnamese way (decimal comma, thousands dot). */
public final class ReportText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final String NO_DATA = "chưa có số liệu";

    private ReportText() {
    }

    /** 95.8333 → "95,83", 100.00 → "100": a figure inside a sentence, at most 2 decimals. */
    static String decimal(BigDecimal value) {
        return value == null ? NO_DATA : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    /** 17910 → "17.910": a count inside a sentence. */
    static String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    /** A count as a query returned it (an integer or bigint column), written as {@link #count(long)}. */
    static String count(Object value) {
        return count(((Number) value).longValue());
    }

    /** 87.5 → "87,50%"; no ratio (nothing reported, or a zero denominator) → "chưa có số liệu". */
    public static String percent(BigDecimal ratio) {
        return ratio == null ? NO_DATA : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(ratio) + "%";
    }
}
