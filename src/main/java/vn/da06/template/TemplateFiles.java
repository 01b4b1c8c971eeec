package vn.da06.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * Writes the workbook (creating folders as needed) and closes it. It is written under a hidden temporary name
     * beside the file and renamed when complete: a run cut short leaves no truncated workbook that looks whole.
     */
    public static void save(XSSFWorkbook workbook, Path file) {
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try (workbook) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UserException("không ghi được tệp " + file + ": " + e.getMessage()
                    + ". Hãy kiểm tra thư mục và quyền ghi.", e);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // what is left is hidden and named as unfinished; the next write of the file replaces it
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
