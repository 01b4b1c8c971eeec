package vn.da06.submission;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.PrintableText;
import vn.da06.base.SqlFiles;

/**
 * What one import did, read back from the records it wrote, and printed so a person can see it at a glance. An
 * import cut short and continued by a later run is one import: the summary counts the files of all its runs.
 *
 * @param resumed whether this run continued an import an earlier run left unfinished
 */
public record ImportSummary(long jobExecutionId, String status, boolean resumed, long loaded, long replacedEarlier, long arrivedSuperseded,
                            long duplicates, long rejected, long held, long taskRows, long indicatorRows,
                            List<Rejection> rejections, Duration duration) {

    /** A rejected file with its first reasons. */
    public record Rejection(String file, String storedPath, List<String> reasons, int errorCount) {
    }

    private static final int REASONS_SHOWN = 3;

    static ImportSummary of(JdbcClient jdbc, long jobExecutionId, String status, Duration duration) {
        Map<String, Object> row = jdbc.sql(SqlFiles.load("query/submission/import-summary.sql")).param("job", jobExecutionId)
                .query().singleRow();
        record ErrorRow(long key, String file, String storedPath, ValidationError error) {
        }
        List<ErrorRow> errorRows = jdbc.sql(SqlFiles.load("query/submission/import-rejections.sql")).param("job", jobExecutionId)
                .query((rs, n) -> new ErrorRow(rs.getLong("submission_key"),
                        PrintableText.escapeControls((rs.getString("inbox_folder").isEmpty() ? ""
                                : rs.getString("inbox_folder") + "/") + rs.getString("file_name")),
                        rs.getString("stored_path"),
                        new ValidationError(rs.getString("sheet"), rs.getString("cell"), rs.getString("value"),
                                Rule.valueOf(rs.getString("rule")), rs.getString("message"))))
                .list();
        Map<Long, List<ErrorRow>> byFile = new LinkedHashMap<>();
        errorRows.forEach(r -> byFile.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<Rejection> rejections = byFile.values().stream().map(rows -> new Rejection(rows.get(0).file(),
                rows.get(0).storedPath(), rows.stream().limit(REASONS_SHOWN).map(r -> r.error().describe()).toList(),
                rows.size())).toList();
        return new ImportSummary(jobExecutionId, status, number(row, "runs") > 1, number(row, "loaded"), number(row, "replaced_earlier"),
                number(row, "arrived_superseded"), number(row, "duplicates"), number(row, "rejected"), number(row, "held"),
                number(row, "task_rows"), number(row, "indicator_rows"), rejections, duration);
    }

    public long files() {
        return loaded + duplicates + rejected + held;
    }

    /** The summary in Vietnamese. */
    public void print(PrintWriter out) {
        out.printf("Đã xử lý %d tệp trong %s giây (%s%s):%n", files(),
                String.format("%.1f", duration.toMillis() / 1000.0).replace('.', ','),
                resumed ? "tiếp tục lần nhập bị ngắt, " : "", statusText());
        out.printf("  Nạp vào kho:        %d tệp (%d thay thế bản gửi trước; %d đến sau bản mới hơn nên chỉ lưu hồ sơ)%n",
                loaded, replacedEarlier, arrivedSuperseded);
        out.printf("  Trùng tệp đã nạp:   %d tệp (không thay đổi gì)%n", duplicates);
        out.printf("  Bị từ chối:         %d tệp%n", rejected);
        if (held > 0) {
            out.printf("  Chờ duyệt:          %d tệp (tháng đã chốt số liệu: chưa nạp, chờ cán bộ duyệt trên cổng web)%n", held);
        }
        out.printf("  Số dòng đã nạp:     %d dòng nhiệm vụ, %d dòng chỉ tiêu%n", taskRows, indicatorRows);
        if (!rejections.isEmpty()) {
            out.println("Tệp bị từ chối (tệp và báo cáo lỗi *_LOI.xlsx nằm trong thư mục rejected/):");
            for (Rejection r : rejections) {
                out.printf("  - %s (%d lỗi)%n", r.file(), r.errorCount());
                r.reasons().forEach(reason -> out.println("      " + PrintableText.escapeControls(reason)));
                if (r.errorCount() > r.reasons().size()) {
                    out.printf("      ... và %d lỗi khác%n", r.errorCount() - r.reasons().size());
                }
            }
        }
        out.flush();
    }

    private String statusText() {
        return switch (status) {
            case "COMPLETED" -> "hoàn tất";
            case "FAILED" -> "THẤT BẠI";
            case "STOPPED" -> "đã dừng";
            default -> status;
        };
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
