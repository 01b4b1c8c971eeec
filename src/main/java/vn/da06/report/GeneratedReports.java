package vn.da06.report;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/**
 * The reports in the reports folder and the report runs under way, from the report job's own records, for the
 * portal; and a report asked for there, checked before the job starts.
 */
@Component
public class GeneratedReports {

    /** Runs that never ended and began longer ago than this died with their process. */
    private static final int STALE_HOURS = 6;
    private static final Pattern FILE_NAME = Pattern.compile("(monthly|half-year|annual)_[0-9]{4}(-[0-9]{2}|-H1)?\\.(pdf|docx|xlsx)");

    /** A kind of report: its code and its name as users read it. */
    public record Kind(String code, String label) {
    }

    /**
     * A report in the reports folder.
     *
     * @param files the files of the formats written that are still there, in PDF, DOCX, XLSX order
     * @param made  when the run that wrote them ended (the job repository's time, the server's zone)
     */
    public record Generated(String kindCode, String period, String title, String planCode, LocalDateTime made,
                            List<File> files) {
    }

    /** A report file: its name in the reports folder and its format as users name it (PDF, DOCX, XLSX). */
    public record File(String name, String format) {
    }

    /**
     * A recent report run.
     *
     * @param step           where a running run is: "reportFill" or "reportExport"
     * @param formatsWritten formats written so far by the export
     */
    public record Run(long id, String status, boolean running, String title, LocalDateTime started, LocalDateTime ended,
                      String step, int formats, int formatsWritten, String failure) {
    }

    /** A report checked and ready to make: the plan that covers its period. */
    public record Request(String planCode, String kindCode, String periodCode, String title) {
    }

    private final JdbcClient jdbc;
    private final Da06Properties folders;

    GeneratedReports(JdbcClient jdbc, Da06Properties folders) {
        this.jdbc = jdbc;
        this.folders = folders;
    }

    public static List<Kind> kinds() {
        return Arrays.stream(ReportKind.values()).map(k -> new Kind(k.code, k.vietnameseName)).toList();
    }

    /** Checks a report asked for by kind and period and finds the plan covering it; a mistake is a {@link UserException}. */
    public Request request(String kindCode, String periodCode) {
        ReportKind kind = Arrays.stream(ReportKind.values()).filter(k -> k.code.equals(kindCode)).findFirst()
                .orElseThrow(() -> new UserException("hãy chọn loại báo cáo."));
        ReportPeriod period = ReportPeriod.parse(kind, periodCode);
        String plan = jdbc.sql(SqlFiles.load("query/report/plan-covering.sql")).param("first_day", period.start())
                .param("last_day", period.end()).query(String.class).optional()
                .orElseThrow(() -> new UserException("không có kế hoạch nào đã nạp bao gồm kỳ " + period.code() + "."));
        return new Request(plan, kind.code, period.code(), capitalised(kind.title(period.code())));
    }

    public List<Generated> inReportsFolder() {
        return jdbc.sql(SqlFiles.load("query/report/generated.sql")).param("out", folders.reports().toString())
                .query((rs, n) -> {
                    ReportKind kind = ReportKind.of(rs.getString("kind"));
                    String period = rs.getString("period");
                    String formats = rs.getString("formats");
                    List<File> files = Arrays.stream(ReportFormat.values())
                            .filter(f -> formats.contains(f.extension()))
                            .map(f -> new File(kind.code + "_" + period + "." + f.extension(), f.name()))
                            .filter(f -> Files.isRegularFile(folders.reports().resolve(f.name()), LinkOption.NOFOLLOW_LINKS))
                            .toList();
                    return new Generated(kind.code, period, capitalised(kind.title(period)), rs.getString("plan"),
                            rs.getObject("end_time", LocalDateTime.class), files);
                })
                .list().stream().filter(g -> !g.files().isEmpty()).toList();
    }

    public List<Run> recentRuns(int limit) {
        return jdbc.sql(SqlFiles.load("query/report/recent-runs.sql")).param("stale_hours", STALE_HOURS).param("limit", limit)
                .query((rs, n) -> {
                    String formats = rs.getString("formats");
                    return new Run(rs.getLong("job_execution_id"), rs.getString("status"), rs.getBoolean("running"),
                            rs.getString("kind") == null ? "" : capitalised(ReportKind.of(rs.getString("kind"))
                                    .title(rs.getString("period"))),
                            rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                            rs.getString("step"), formats == null ? 0 : formats.split(",").length,
                            rs.getInt("formats_written"), firstLine(rs.getString("exit_message")));
                })
                .list();
    }

    /** A file of the reports folder by its name as {@link Generated#files()} gives it; nothing else is served. */
    public Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folders.reports().resolve(name);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
