package vn.da06.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One report to make: which plan, kind and period, in which formats, into which folder, dated when. It travels as
 * the report job's identifying parameters, with the number of the run: the same request made again once its run
 * completed (new workbooks arrived) is run 2, a new job instance; a failed run restarts as the same instance.
 */
record ReportRequest(String planCode, ReportKind kind, String periodCode, List<ReportFormat> formats, Path outDir,
                     LocalDate reportDate) {

    static final String PLAN = "plan";
    static final String KIND = "kind";
    static final String PERIOD = "period";
    static final String FORMATS = "formats";
    static final String OUT = "out";
    static final String DATE = "date";
    /** The run of the request: 1 the first time it is made, one more each time it is made again after completing. */
    static final String RUN = "run";

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

    /** The request as one string, for a lock named after it. */
    String key() {
        return String.join("|", planCode, kind.code, periodCode, formatCodes(), outDir.toString(), reportDate.toString());
    }

    /** Whether both ask for the same report (plan, kind, period), whatever the formats, folder or date. */
    boolean sameReport(ReportRequest other) {
        return planCode.equals(other.planCode) && kind == other.kind && periodCode.equals(other.periodCode);
    }

    JobParameters toJobParameters(long run) {
        return new JobParametersBuilder()
                .addString(PLAN, planCode)
                .addString(KIND, kind.code)
                .addString(PERIOD, periodCode)
                .addString(FORMATS, formatCodes())
                .addString(OUT, outDir.toString())
                .addLocalDate(DATE, reportDate)
                .addLong(RUN, run)
                .toJobParameters();
    }

    private String formatCodes() {
        return formats.stream().map(ReportFormat::extension).collect(Collectors.joining(","));
    }

    static ReportRequest from(JobParameters parameters) {
        return new ReportRequest(parameters.getString(PLAN), ReportKind.of(parameters.getString(KIND)),
                parameters.getString(PERIOD),
                Arrays.stream(parameters.getString(FORMATS).split(",")).map(f -> ReportFormat.valueOf(f.toUpperCase())).toList(),
                Path.of(parameters.getString(OUT)), parameters.getLocalDate(DATE));
    }
}
