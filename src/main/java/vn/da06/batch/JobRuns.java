package vn.da06.batch;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/** The latest import and report runs, from Spring Batch's job repository. */
@Component
public class JobRuns {

    /**
     * One job execution; file counts are for imports (zero for reports; held: kept for approval because their month
     * is locked), the report's kind, period and formats for reports (null for imports). Times are the job
     * repository's, in the server's time zone.
     */
    public record JobRun(long id, String job, String status, String exitCode, LocalDateTime started,
                         LocalDateTime ended, String parameters, long files, long loaded, long rejected, long held,
                         String reportKind, String reportPeriod, String reportFormats) {

        /** What an import did with its files, as users read it: "12 tệp: 10 nạp, 1 bị từ chối, 1 chờ duyệt". */
        public String filesText() {
            return files + " tệp: " + loaded + " nạp, " + rejected + " bị từ chối"
                    + (held == 0 ? "" : ", " + held + " chờ duyệt");
        }

        /** The run's status as users read it. */
        public String statusText() {
            return switch (status) {
                case "COMPLETED" -> "hoàn tất";
                case "FAILED" -> "thất bại";
                case "STOPPED" -> "đã dừng";
                case "STARTED", "STARTING" -> "đang chạy";
                default -> status;
            };
        }
    }

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<JobRun> latest(int limit) {
        return jdbc.sql(SqlFiles.load("query/batch/job-runs.sql")).param("limit", limit)
                .query((rs, n) -> new JobRun(rs.getLong("job_execution_id"), rs.getString("job_name"),
                        rs.getString("status"), rs.getString("exit_code"),
                        rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                        rs.getString("parameters"), rs.getLong("files"), rs.getLong("loaded"), rs.getLong("rejected"),
                        rs.getLong("held"),
                        rs.getString("report_kind"), rs.getString("report_period"), rs.getString("report_formats")))
                .list();
    }
}
