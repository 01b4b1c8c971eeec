package vn.da06.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.base.UserException;

/** Names and writes workbook files. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    /** {@code <unit code>_<YYYY-MM>.xlsx}, e.g. 21952_2024-03.xlsx. */
    public static String fileName(String unitCode, YearMonth month) {
        return unitCode + "_" + month + ".xlsx";
    }

    /** The name of a unit's n-th workbook for a month (n ≥ 2): 21952_2024-03_lan2.xlsx. */
    public static String resubmissionName(String unitCode, YearMonth month, int n) {
        return unitCode + "_" + month + "_lan" + n + ".xlsx";
    }

    /** Writes the workbook (creating folders as needed) and closes it. */
    public static void save(XSSFWorkbook workbook, Path file) {
        try (workbook) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UserException("không ghi được tệp " + file + ": " + e.getMessage()
                    + ". Hãy kiểm tra thư mục và quyền ghi.", e);
        }
    }

    static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("không tạo được thư mục " + dir + ": " + e.getMessage() + ". Hãy kiểm tra quyền ghi.", e);
        }
    }
}
