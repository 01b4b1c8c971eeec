package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.da06.base.VietnameseText;
import vn.da06.workbook.WorkbookLayout;

/**
 * The error report of a rejected workbook: a copy of it with every offending cell filled red and commented, plus a
 * sheet "Lỗi" listing file, sheet, cell, value, rule and how to fix it. A file that cannot be opened as a workbook
 * gets a report holding just the "Lỗi" sheet. The copy is opened whole only after the streaming read found it small
 * and sound; it is never loaded for an unreadable file.
 */
final class ErrorReportWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorReportWriter.class);

    private static final long MAX_COPY_BYTES = 6L * 1024 * 1024;
    private static final List<String> HEADERS = List.of("Tệp", "Trang", "Ô", "Giá trị", "Quy tắc", "Cách sửa");

    private ErrorReportWriter() {
    }

    static void write(Path source, String displayName, List<ValidationError> errors, boolean annotateCopy, Path report)
            throws IOException {
        Optional<Workbook> copy = annotateCopy ? openCopy(source) : Optional.empty();
        if (copy.isPresent()) {
            try (Workbook workbook = copy.get()) {
                disarmFormulas(workbook);
                highlight(workbook, errors);
                write(workbook, displayName, errors, report);
                return;
            } catch (IOException | RuntimeException e) {
                // A workbook POI opened but cannot annotate or write back: the report lists the errors without the copy.
                log.warn("Báo cáo lỗi của {} không kèm được bản sao tệp: {}", displayName, e.toString());
            }
        }
        try (Workbook workbook = new XSSFWorkbook()) {
            write(workbook, displayName, errors, report);
        }
    }

    private static void write(Workbook workbook, String displayName, List<ValidationError> errors, Path report)
            throws IOException {
        addErrorSheet(workbook, displayName, errors);
        Path temporary = report.resolveSibling(report.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            workbook.write(out);
        }
        Files.move(temporary, report, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Optional<Workbook> openCopy(Path file) {
        if (!smallEnoughToCopy(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new XSSFWorkbook(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * POI holds the copy whole in memory, about ten times its inflated size: only a workbook that inflates to a few
     * megabytes (a genuine one inflates to a few hundred kilobytes) is copied. The streaming read has not seen every
     * part: an extra sheet it skipped may be huge.
     */
    private static boolean smallEnoughToCopy(Path file) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            long left = MAX_COPY_BYTES;
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        left -= n;
                        if (left < 0) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The copy goes back to the unit and is opened by district staff first: a formula that reaches outside the
     * workbook (DDE command, link, web call) becomes its own text, on every sheet, including those the import skipped.
     */
    private static void disarmFormulas(Workbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        String formula;
                        try {
                            formula = cell.getCellFormula();
                        } catch (RuntimeException e) {
                            cell.setBlank(); // a formula POI cannot even read back
                            continue;
                        }
                        if (FileRules.DANGEROUS_FORMULA.matcher(formula).find()) {
                            cell.setBlank();
                            cell.setCellValue("=" + formula);
                        }
                    }
                }
            }
        }
    }

    private static void highlight(Workbook workbook, List<ValidationError> errors) {
        CreationHelper factory = workbook.getCreationHelper();
        Map<Sheet, Drawing<?>> drawings = new java.util.HashMap<>();
        Map<String, String> commentsByCell = new java.util.LinkedHashMap<>();
        for (ValidationError error : errors) {
            if (error.sheet() != null && error.cell() != null && error.cell().matches("[A-Z]{1,3}\\d+")) {
                commentsByCell.merge(error.sheet() + "!" + error.cell(), error.rule().title() + ": " + error.message(),
                        (a, b) -> a + "\n" + b);
            }
        }
        commentsByCell.forEach((address, text) -> {
            String sheetName = address.substring(0, address.lastIndexOf('!'));
            Sheet sheet = sheetByName(workbook, sheetName);
            if (sheet == null) {
                return;
            }
            CellReference ref = new CellReference(address.substring(address.lastIndexOf('!') + 1));
            Row row = Optional.ofNullable(sheet.getRow(ref.getRow())).orElseGet(() -> sheet.createRow(ref.getRow()));
            var cell = Optional.ofNullable(row.getCell(ref.getCol())).orElseGet(() -> row.createCell(ref.getCol()));
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setLocked(false);
            cell.setCellStyle(style);
            Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 5);
            cell.removeCellComment();
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text));
            comment.setAuthor("da06");
            cell.setCellComment(comment);
        });
    }

    private static Sheet sheetByName(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (VietnameseText.key(sheet.getSheetName()).equals(VietnameseText.key(name))) {
                return sheet;
            }
        }
        return null;
    }

    private static void addErrorSheet(Workbook workbook, String displayName, List<ValidationError> errors) {
        int existing = workbook.getSheetIndex(WorkbookLayout.ERROR_SHEET);
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        Sheet sheet = workbook.createSheet(WorkbookLayout.ERROR_SHEET);
        workbook.setSheetOrder(WorkbookLayout.ERROR_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        XSSFCellStyle bold = (XSSFCellStyle) workbook.createCellStyle();
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        XSSFCellStyle wrap = (XSSFCellStyle) workbook.createCellStyle();
        wrap.setWrapText(true);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("Tệp bị từ chối: " + errors.size() + " lỗi. Sửa các ô tô đỏ theo cột \"Cách sửa\" rồi gửi lại tệp.");
        title.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(2);
        for (int i = 0; i < HEADERS.size(); i++) {
            header.createCell(i).setCellValue(HEADERS.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        int r = 3;
        for (ValidationError e : errors) {
            Row row = sheet.createRow(r++);
            // setCellValue(String) always writes a text cell: a value such as "=cmd|..." stays text, never a formula.
            row.createCell(0).setCellValue(displayName);
            row.createCell(1).setCellValue(e.sheet() == null ? "" : e.sheet());
            row.createCell(2).setCellValue(e.cell() == null ? "" : e.cell());
            row.createCell(3).setCellValue(e.value() == null ? "" : e.value());
            row.createCell(4).setCellValue(e.rule().title());
            row.createCell(5).setCellValue(e.message());
            row.getCell(5).setCellStyle(wrap);
        }
        int[] widths = {30, 14, 8, 20, 34, 90};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 3);
    }
}
