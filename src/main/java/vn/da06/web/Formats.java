package vn.da06.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;

/**
 * Dates, times and numbers as Vietnamese readers write them, in the users' time zone; pages call it as
 * {@code ${@fmt.time(...)}}.
 */
@Component("fmt")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ZoneId zone;

    Formats(Da06Properties properties) {
        this.zone = properties.zone();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** A time from Spring Batch's job repository, which keeps the server's local time. */
    public String time(LocalDateTime serverTime) {
        return serverTime == null ? "" : TIME.format(serverTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** 1.234 or 12,5: Vietnamese separators, no needless decimals. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value.stripTrailingZeros());
    }

    /** numerator / denominator as a percentage, "—" when the denominator is 0. */
    public String percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return "—";
        }
        return number(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP)) + " %";
    }

    /** Seconds since a job repository time, for "đã chạy 12 giây". */
    public long secondsSince(LocalDateTime serverTime) {
        return serverTime == null ? 0
                : java.time.Duration.between(serverTime.atZone(ZoneId.systemDefault()).toInstant(), Instant.now()).toSeconds();
    }
}
