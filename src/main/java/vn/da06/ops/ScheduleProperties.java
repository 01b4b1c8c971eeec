package vn.da06.ops;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When {@code da06 serve} runs each job ({@code da06.schedule.*}): Spring cron expressions (second minute hour
 * day month weekday) in {@code zone}.
 *
 * @param importCron         the nightly import
 * @param monthlyReportCron  the monthly report for the previous month
 * @param halfYearReportCron the half-year review of the current year
 * @param annualReportCron   the year-end summary of the current year
 * @param shutdownWait       how long a stop waits for a running job to finish its work
 */
@ConfigurationProperties("da06.schedule")
public record ScheduleProperties(String importCron, String monthlyReportCron, String halfYearReportCron,
                                 String annualReportCron, ZoneId zone, Duration shutdownWait) {

    public ScheduleProperties {
        importCron = importCron == null ? "0 30 1 * * *" : importCron;
        monthlyReportCron = monthlyReportCron == null ? "0 0 6 20 * *" : monthlyReportCron;
        halfYearReportCron = halfYearReportCron == null ? "0 0 6 25 6 *" : halfYearReportCron;
        annualReportCron = annualReportCron == null ? "0 0 6 20 12 *" : annualReportCron;
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        shutdownWait = shutdownWait == null ? Duration.ofMinutes(5) : shutdownWait;
    }
}
