package vn.da06.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/**
 * Loads a previous year's indicator figures per unit from the baseline sheet into {@code fact_indicator_baseline}:
 * all rows or none. Rows left blank are skipped; a row with a wrong unit, indicator, period or figure stops the load
 * with the row named.
 */
@Component
class BaselineImporter {

    /** A baseline sheet has a few hundred rows; a bigger file is not one. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_PROBLEMS_SHOWN = 5;

    private final JdbcClient jdbc;

    BaselineImporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Loaded(int rows, Set<String> periods) {
    }

    @Transactional
    public Loaded load(Path file) {
        List<Line> lines = read(file);
        Map<String, Map<String, Integer>> unitsByYear = new HashMap<>();
        Set<String> indicators = new HashSet<>(jdbc.sql(SqlFiles.load("query/baseline/indicator-codes.sql")).query(String.class).list());
        List<String> problems = new ArrayList<>();
        Set<String> periods = new HashSet<>();
        for (Line line : lines) {
            Integer year = line.period().matches("\\d{4}(-H1)?") ? Integer.valueOf(line.period().substring(0, 4)) : null;
            if (year == null) {
                problems.add(line.where() + ": kỳ \"" + line.period() + "\" phải là NĂM-H1 (6 tháng đầu năm) hoặc NĂM (cả năm)");
                continue;
            }
            Integer unit = unitsByYear.computeIfAbsent(line.period().substring(0, 4), y -> units(year)).get(line.unit());
            if (unit == null) {
                problems.add(line.where() + ": không có đơn vị mã \"" + line.unit() + "\" trong năm " + year);
            } else if (!indicators.contains(line.indicator())) {
                problems.add(line.where() + ": không có chỉ tiêu mã \"" + line.indicator() + "\"");
            } else if (line.numerator() == null || line.denominator() == null) {
                problems.add(line.where() + ": cần cả tử số và mẫu số là số");
            } else if (line.numerator().signum() < 0 || line.denominator().signum() < 0) {
                problems.add(line.where() + ": tử số và mẫu số không được âm");
            } else if (line.numerator().compareTo(line.denominator()) > 0) {
                problems.add(line.where() + ": tử số (" + line.numerator().stripTrailingZeros().toPlainString()
                        + ") lớn hơn mẫu số (" + line.denominator().stripTrailingZeros().toPlainString() + ")");
            } else {
                jdbc.sql(SqlFiles.load("query/baseline/upsert.sql")).param("period", line.period())
                        .param("indicator", line.indicator()).param("unit", unit).param("numerator", line.numerator())
                        .param("denominator", line.denominator()).param("file", file.getFileName().toString())
                        .param("cell", BaselineSheet.NAME + "!A" + line.row()).update();
                periods.add(line.period());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException("tệp " + file.getFileName() + " có " + problems.size() + " dòng sai, chưa nạp gì: "
                    + String.join("; ", problems.subList(0, Math.min(MAX_PROBLEMS_SHOWN, problems.size())))
                    + (problems.size() > MAX_PROBLEMS_SHOWN ? "; …" : "") + ".");
        }
        if (lines.isEmpty()) {
            throw new UserException("tệp " + file.getFileName() + " chưa có dòng nào điền tử số và mẫu số, không có gì để nạp.");
        }
        return new Loaded(lines.size(), periods);
    }

    private Map<String, Integer> units(int year) {
        Map<String, Integer> units = new HashMap<>();
        jdbc.sql(SqlFiles.load("query/baseline/units.sql")).param("year", year)
                .query((rs, n) -> units.put(rs.getString("code"), rs.getInt("unit_key"))).list();
        return units;
    }

    private record Line(int row, String unit, String indicator, String period, BigDecimal numerator, BigDecimal denominator) {

        String where() {
            return "dòng " + row;
        }
    }

    private static List<Line> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserException("tệp " + file.getFileName() + " quá lớn để là trang số liệu năm trước.");
            }
        } catch (NoSuchFileException e) {
            throw new UserException("không có tệp " + file + ".");
        } catch (IOException e) {
            throw new UserException("không đọc được tệp " + file + " (" + e.getMessage() + ").");
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(BaselineSheet.NAME);
            if (sheet == null) {
                throw new UserException("tệp " + file.getFileName() + " không có trang \"" + BaselineSheet.NAME
                        + "\"; lấy mẫu bằng lệnh: da06 baseline template --year NĂM.");
            }
            DataFormatter formatter = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() <= BaselineSheet.HEADER_ROW) {
                    continue;
                }
                Cell numerator = row.getCell(BaselineSheet.NUMERATOR);
                Cell denominator = row.getCell(BaselineSheet.DENOMINATOR);
                if (blank(numerator, formatter) && blank(denominator, formatter)) {
                    continue;
                }
                lines.add(new Line(row.getRowNum() + 1, text(row.getCell(BaselineSheet.UNIT), formatter),
                        text(row.getCell(BaselineSheet.INDICATOR), formatter), text(row.getCell(BaselineSheet.PERIOD), formatter),
                        number(numerator), number(denominator)));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException user) {
                throw user;
            }
            throw new UserException("không mở được tệp " + file.getFileName() + " như một tệp Excel (.xlsx).", e);
        }
    }

    private static boolean blank(Cell cell, DataFormatter formatter) {
        return cell == null || formatter.formatCellValue(cell).isBlank();
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).trim();
    }

    private static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        try {
            return new BigDecimal(cell.getStringCellValue().trim().replace(".", "").replace(',', '.'));
        } catch (IllegalStateException | NumberFormatException e) {
            return null;
        }
    }
}
