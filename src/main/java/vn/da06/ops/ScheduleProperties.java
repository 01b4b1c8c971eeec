package vn.da06.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When {@code da06 serve} runs each job ({@code da06.schedule.*}; defaults in {@code application.yml}): Spring cron
 * expressions (second minute hour day month weekday) in da06's time zone ({@code da06.zone}).
 *
 * @param importCron         the nightly import
 * @param monthlyReportCron  the monthly report for the previous month
 * @param halfYearReportCron the half-year review of the half-year that ended with last month
 * @param annualReportCron   the year-end summary of the year that ended with last month
 * @param shutdownWait       how long a stop waits for a running job to finish its work
 */
@ConfigurationProperties("da06.schedule")
public record ScheduleProperties(String importCron, String monthlyReportCron, String halfYearReportCron,
                                 String annualReportCron, Duration shutdownWait) {
}
