package vn.da06.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * The baseline people write first: each workbook opened with POI's usermodel ({@code XSSFWorkbook}, the whole
 * file as objects), cells read by header position, and one JDBC INSERT per row (no batching), one transaction per
 * workbook, one thread. It checks nothing (no marker, no assignment, no rules): a row the database refuses rolls
 * the workbook back. A later workbook for the same unit and month supersedes the current one, like da06 does.
 */
final class NaiveImport {

    record Result(int loaded, int failed, long rows) {
    }

    private final DataSource dataSource;
    private final int planKey;
    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> tasks = new HashMap<>();
    private final Map<String, Integer> indicators = new HashMap<>();

    NaiveImport(DataSource dataSource, String planCode) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            planKey = single(c, "SELECT plan_key FROM dim_plan WHERE code = ?", planCode);
            load(c, "SELECT code, unit_key FROM dim_unit", units, planCode);
            load(c, "SELECT code, task_key FROM dim_task WHERE plan_key = ?", tasks, planKey);
            load(c, "SELECT code, indicator_key FROM dim_indicator WHERE plan_key = ?", indicators, planKey);
        }
    }

    Result run(List<Path> files, Path archive) throws SQLException, IOException {
        int loaded = 0;
        int failed = 0;
        long rows = 0;
        DataFormatter formatter = new DataFormatter();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Path file : files) {
                try {
                    rows += load(c, file, formatter);
                    c.commit();
                    Path target = archive.resolve(file.getParent().getFileName()).resolve(file.getFileName());
                    Files.createDirectories(target.getParent());
                    Files.move(file, target);
                    loaded++;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    failed++;
                }
            }
        }
        return new Result(loaded, failed, rows);
    }

    private long load(Connection c, Path file, DataFormatter formatter) throws SQLException, IOException {
        try (XSSFWorkbook wb = open(file)) {
            Map<CoverField, String> cover = new HashMap<>();
            for (Row row : wb.getSheet(WorkbookLayout.COVER_SHEET)) {
                CoverField.byLabel(formatter.formatCellValue(row.getCell(0))).ifPresent(f ->
                        cover.put(f, formatter.formatCellValue(row.getCell(1))));
            }
            Integer unitKey = units.get(cover.get(CoverField.UNIT_CODE));
            YearMonth month = YearMonth.parse(cover.get(CoverField.PERIOD).trim().replaceAll("(\\d{2})/(\\d{4})", "$2-$1"));
            int monthKey = month.getYear() * 100 + month.getMonthValue();
            long key;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval(pg_get_serial_sequence('fact_submission', 'submission_key'))");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                key = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE fact_submission SET status = 'superseded', superseded_by = ?
                    WHERE unit_key = ? AND month_key = ? AND status = 'accepted'""")) {
                ps.setLong(1, key);
                ps.setInt(2, unitKey);
                ps.setInt(3, monthKey);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO fact_submission (submission_key, plan_key, unit_key, month_key, inbox_folder, file_name,
                        file_hash, file_size, received_at, status, template_version, prepared_by, phone)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?, ?, ?)""")) {
                ps.setLong(1, key);
                ps.setInt(2, planKey);
                ps.setInt(3, unitKey);
                ps.setInt(4, monthKey);
                ps.setString(5, file.getParent().getFileName().toString());
                ps.setString(6, file.getFileName().toString());
                ps.setString(7, "0".repeat(64));
                ps.setLong(8, Files.size(file));
                ps.setTimestamp(9, new Timestamp(Files.getLastModifiedTime(file).toMillis()));
                ps.setString(10, cover.get(CoverField.TEMPLATE_VERSION));
                ps.setString(11, cover.get(CoverField.PREPARED_BY));
                ps.setString(12, cover.get(CoverField.PHONE));
                ps.executeUpdate();
            }
            return 1 + tasks(c, wb.getSheet(WorkbookLayout.TASK_SHEET), key, unitKey, monthKey, formatter)
                    + indicators(c, wb.getSheet(WorkbookLayout.INDICATOR_SHEET), key, unitKey, monthKey, formatter);
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try {
            return new XSSFWorkbook(file.toFile());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private long tasks(Connection c, Sheet sheet, long key, int unitKey, int monthKey, DataFormatter formatter) throws SQLException {
        Map<String, Integer> col = header(sheet, TaskColumn.CODE.header(), formatter);
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO fact_task_progress (submission_key, task_key, unit_key, month_key, role, status, progress_pct,
                    completed_on, result_text, difficulties, proposals, source_cell)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Row row : sheet) {
                if (row.getRowNum() <= col.get("_header")) {
                    continue;
                }
                Integer task = tasks.get(formatter.formatCellValue(row.getCell(col.get(TaskColumn.CODE.header()))));
                if (task == null) {
                    continue;
                }
                String role = formatter.formatCellValue(row.getCell(col.get(TaskColumn.ROLE.header())));
                ps.setLong(1, key);
                ps.setInt(2, task);
                ps.setInt(3, unitKey);
                ps.setInt(4, monthKey);
                ps.setString(5, role.equals(WorkbookLayout.roleLabel("lead")) ? "lead" : "cooperating");
                ps.setString(6, WorkbookLayout.status(formatter.formatCellValue(row.getCell(col.get(TaskColumn.STATUS.header()))))
                        .orElse(null));
                ps.setBigDecimal(7, number(row.getCell(col.get(TaskColumn.PROGRESS.header()))));
                ps.setDate(8, date(row.getCell(col.get(TaskColumn.COMPLETED_ON.header()))));
                ps.setString(9, text(row.getCell(col.get(TaskColumn.RESULT.header())), formatter));
                ps.setString(10, text(row.getCell(col.get(TaskColumn.DIFFICULTIES.header())), formatter));
                ps.setString(11, text(row.getCell(col.get(TaskColumn.PROPOSALS.header())), formatter));
                ps.setString(12, "Nhiệm vụ!F" + (row.getRowNum() + 1));
                ps.executeUpdate();
                rows++;
            }
        }
        return rows;
    }

    private long indicators(Connection c, Sheet sheet, long key, int unitKey, int monthKey, DataFormatter formatter)
            throws SQLException {
        Map<String, Integer> col = header(sheet, IndicatorColumn.CODE.header(), formatter);
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator,
                    denominator, note, source_cell, denominator_cell)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Row row : sheet) {
                if (row.getRowNum() <= col.get("_header")) {
                    continue;
                }
                Integer indicator = indicators.get(formatter.formatCellValue(row.getCell(col.get(IndicatorColumn.CODE.header()))));
                if (indicator == null) {
                    continue;
                }
                ps.setLong(1, key);
                ps.setInt(2, indicator);
                ps.setInt(3, unitKey);
                ps.setInt(4, monthKey);
                ps.setBigDecimal(5, number(row.getCell(col.get(IndicatorColumn.NUMERATOR.header()))));
                ps.setBigDecimal(6, number(row.getCell(col.get(IndicatorColumn.DENOMINATOR.header()))));
                ps.setString(7, text(row.getCell(col.get(IndicatorColumn.NOTE.header())), formatter));
                ps.setString(8, "Chỉ tiêu!E" + (row.getRowNum() + 1));
                ps.setString(9, "Chỉ tiêu!F" + (row.getRowNum() + 1));
                ps.executeUpdate();
                rows++;
            }
        }
        return rows;
    }

    /** Column index by header text, and the header's row number under "_header". */
    private static Map<String, Integer> header(Sheet sheet, String first, DataFormatter formatter) {
        for (Row row : sheet) {
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : row) {
                columns.put(formatter.formatCellValue(cell).trim(), cell.getColumnIndex());
            }
            if (columns.containsKey(first)) {
                columns.put("_header", row.getRowNum());
                return columns;
            }
        }
        throw new IllegalStateException("no header row in " + sheet.getSheetName());
    }

    private static BigDecimal number(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        return new BigDecimal(cell.getStringCellValue().trim().replace("%", "").replace(',', '.'));
    }

    private static Date date(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Date.valueOf(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        String[] dmy = cell.getStringCellValue().trim().split("/");
        return Date.valueOf(LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
    }

    private static String text(Cell cell, DataFormatter formatter) {
        String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
        return text.isEmpty() ? null : text;
    }

    private static int single(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void load(Connection c, String sql, Map<String, Integer> into, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
    }
}
