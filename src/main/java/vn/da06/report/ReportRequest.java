package vn.da06.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One report to make: which plan, kind and period, in which formats, into which folder, dated when. It travels as
 * the report job's parameters, so that a scheduler can start the job and a failed run restarts with the same ones.
 */
record ReportRequest(String planCode, ReportKind kind, String periodCode, List<ReportFormat> formats, Path outDir,
                     LocalDate reportDate) {

    static final String PLAN = "plan";
    static final String KIND = "kind";
    static final String PERIOD = "period";
    static final String FORMATS = "formats";
    static final String OUT = "out";
    static final String DATE = "date";
    /** Makes every request a new job instance: the same report may be made again once new workbooks arrived. */
    static final String REQUESTED_AT = "requestedAt";

    ReportRequest {
        formats = List.copyOf(formats);
        outDir = outDir.toAbsolutePath().normalize();
    }

    ReportPeriod period() {
        return ReportPeriod.parse(kind, periodCode);
    }

    /** {@code <out>/<kind>_<period>.<ext>}, e.g. {@code reports/half-year_2024-H1.pdf}. */
    Path file(ReportFormat format) {
        return outDir.resolve(kind.code + "_" + periodCode + "." + format.extension());
    }

    List<Path> files() {
        return formats.stream().map(this::file).toList();
    }

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PLAN, planCode)
                .addString(KIND, kind.code)
                .addString(PERIOD, periodCode)
                .addString(FORMATS, formats.stream().map(ReportFormat::extension).collect(Collectors.joining(",")))
                .addString(OUT, outDir.toString())
                .addLocalDate(DATE, reportDate)
                .addLocalDateTime(REQUESTED_AT, LocalDateTime.now())
                .toJobParameters();
    }

    static ReportRequest from(JobParameters parameters) {
        return new ReportRequest(parameters.getString(PLAN), ReportKind.of(parameters.getString(KIND)),
                parameters.getString(PERIOD),
                Arrays.stream(parameters.getString(FORMATS).split(",")).map(f -> ReportFormat.valueOf(f.toUpperCase())).toList(),
                Path.of(parameters.getString(OUT)), parameters.getLocalDate(DATE));
    }
}
