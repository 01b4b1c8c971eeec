package vn.da06.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads back what a report run wrote, as a person opening the files would see it. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** The PDF's text, lines in reading order. */
    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The text of each page, in reading order. */
    static List<String> pdfPages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** How far from the top edge of a page (1-based) its first text starts, in points. */
    static float pdfTextTop(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float[] top = {Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> top[0] = Math.min(top[0], p.getYDirAdj() - p.getHeightDir()));
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            return top[0];
        }
    }

    /** One part of an Office file (a zip), as text: "word/document.xml", "word/header1.xml", ... */
    static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no part " + name + " in " + file);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Every font used on any page, as "name embedded=true|false". */
    static List<String> pdfFonts(Path pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + " embedded=" + font.isEmbedded());
                }
            }
        }
        return fonts;
    }

    static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The rows of a flat sheet as maps from the header texts of its first row to the cells below. */
    static List<Map<String, Cell>> sheetRows(Path xlsx, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = Optional.ofNullable(workbook.getSheet(sheetName))
                    .orElseThrow(() -> new AssertionError("no sheet " + sheetName + " in " + xlsx));
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Cell> cells = new HashMap<>();
                for (Cell title : header) {
                    cells.put(formatter.formatCellValue(title), row.getCell(title.getColumnIndex()));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** Each row of a sheet as the texts of its non-blank cells, joined by tabs. */
    static List<String> sheetLines(Path xlsx, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            List<String> lines = new ArrayList<>();
            for (Row row : workbook.getSheet(sheetName)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> {
                    String text = formatter.formatCellValue(cell).trim();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                });
                lines.add(String.join("\t", cells));
            }
            return lines;
        }
    }

    /** Every cell of a sheet as its type and stored value ("NUMERIC 42.0", "STRING Đạt"), row by row. */
    static List<List<String>> sheetCells(Path xlsx, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = Optional.ofNullable(workbook.getSheet(sheetName))
                    .orElseThrow(() -> new AssertionError("no sheet " + sheetName + " in " + xlsx));
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getColumnIndex() + " " + cell.getCellType() + " " + switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                    case FORMULA -> cell.getCellFormula();
                    default -> cell.getStringCellValue();
                }));
                rows.add(cells);
            }
            return rows;
        }
    }

    static List<String> sheetNames(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** A cell that must hold a number, not text that looks like one. */
    static double number(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("expected a number cell, found " + (cell == null ? "nothing" : cell.getCellType() + " " + text(cell)));
        }
        return cell.getNumericCellValue();
    }
}
