package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.da06.VietnameseText;

/**
 * Reads the cells of chosen sheets of an untrusted .xlsx with POI's event API (SAX over the sheet XML, never the
 * whole workbook in memory), within limits: file size, POI's zip-bomb guards, rows per sheet, text per cell. The
 * XML parsers come from POI's {@link XMLHelper}, which refuses DOCTYPEs (entity bombs, external entities).
 */
final class XlsxCellReader {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 100;
    private static final int MAX_CELL_CHARS = 32_767;
    private static final String EXTERNAL_LINK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";

    static {
        // A genuine monthly workbook is a few dozen kilobytes; anything far larger or compressed far better is hostile.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(40L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(500);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private XlsxCellReader() {
    }

    /** The cells of the sheets whose names match {@code sheetNames} (ignoring case, accents and spacing). */
    static WorkbookCells read(Path file, Set<String> sheetNames) throws WorkbookUnreadableException {
        checkFileKind(file);
        Set<String> wanted = new java.util.HashSet<>();
        sheetNames.forEach(n -> wanted.add(VietnameseText.key(n)));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = usesDate1904(reader);
            List<WorkbookCells.Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheetXml = it.next()) {
                    String name = it.getSheetName();
                    if (wanted.contains(VietnameseText.key(name))) {
                        sheets.add(new WorkbookCells.Sheet(name, readSheet(name, sheetXml, strings, styles)));
                    }
                }
            }
            boolean externalLinks = !pkg.getPartsByContentType(EXTERNAL_LINK_TYPE).isEmpty();
            return new WorkbookCells(sheets, externalLinks, date1904);
        } catch (WorkbookUnreadableException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new WorkbookUnreadableException("FILE_ENCRYPTED", encryptedMessage(), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static void checkFileKind(Path file) throws WorkbookUnreadableException {
        if (Files.isDirectory(file)) {
            throw new WorkbookUnreadableException("FILE_NOT_XLSX", "đây là một thư mục, không phải tệp Excel .xlsx.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new WorkbookUnreadableException("FILE_UNREADABLE", "không đọc được tệp (" + e.getMessage() + ").", e);
        }
        if (size == 0) {
            throw new WorkbookUnreadableException("FILE_EMPTY", "tệp rỗng (0 byte); hãy gửi lại tệp báo cáo.");
        }
        if (size > MAX_FILE_BYTES) {
            throw new WorkbookUnreadableException("FILE_TOO_LARGE", "tệp lớn " + size / (1024 * 1024)
                    + " MB, vượt giới hạn " + MAX_FILE_BYTES / (1024 * 1024) + " MB của mẫu báo cáo tháng.");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new WorkbookUnreadableException("FILE_UNREADABLE", "không đọc được tệp (" + e.getMessage() + ").", e);
        }
        if (magic == FileMagic.OLE2) {
            throw isEncryptedOoxml(file)
                    ? new WorkbookUnreadableException("FILE_ENCRYPTED", encryptedMessage())
                    : new WorkbookUnreadableException("FILE_LEGACY_XLS",
                    "tệp là định dạng Excel cũ (.xls), không phải .xlsx; hãy dùng mẫu .xlsx do da06 tạo.");
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookUnreadableException("FILE_NOT_XLSX",
                    "tệp không phải bảng tính Excel .xlsx (có thể là CSV, .ods hoặc tệp khác bị đổi tên); hãy dùng mẫu do da06 tạo.");
        }
    }

    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String encryptedMessage() {
        return "tệp được đặt mật khẩu; hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.";
    }

    private static WorkbookUnreadableException unreadable(Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("Zip bomb") || detail.contains("exceeds the max") || detail.contains("maximum")) {
            return new WorkbookUnreadableException("FILE_ZIP_BOMB",
                    "tệp nén bất thường (giải nén ra quá lớn: có thể là tệp độc hại); không mở tệp này.", e);
        }
        if (detail.contains("DOCTYPE") || detail.contains("entity")) {
            return new WorkbookUnreadableException("FILE_UNSAFE_XML",
                    "tệp chứa cấu trúc XML không an toàn (DOCTYPE/ENTITY); không mở tệp này.", e);
        }
        if (e instanceof UnsupportedFileFormatException || e instanceof InvalidFormatException
                || detail.contains("content type") || detail.contains("No valid entries")) {
            return new WorkbookUnreadableException("FILE_NOT_XLSX",
                    "tệp không phải bảng tính Excel .xlsx hợp lệ (có thể là .xlsb, .ods hoặc tệp bị đổi tên); hãy dùng mẫu do da06 tạo.", e);
        }
        return new WorkbookUnreadableException("FILE_CORRUPT",
                "tệp bị hỏng hoặc không đầy đủ, không đọc được (" + e.getClass().getSimpleName() + "); hãy lưu lại và gửi lại.", e);
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = {false};
        try (InputStream workbookXml = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(localName)) {
                        String value = atts.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
            xml.parse(new InputSource(workbookXml));
        }
        return date1904[0];
    }

    private static SortedMap<Integer, SortedMap<Integer, CellValue>> readSheet(String name, InputStream xml,
            ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException, ParserConfigurationException, WorkbookUnreadableException {
        SheetHandler handler = new SheetHandler(name, strings, styles);
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof WorkbookUnreadableException limit) {
                throw limit;
            }
            throw e;
        }
        return handler.rows;
    }

    /** SAX handler for one sheet's XML: collects non-empty cells, stops at the row limit. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheetName;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final SortedMap<Integer, SortedMap<Integer, CellValue>> rows = new TreeMap<>();
        private final StringBuilder chars = new StringBuilder();
        private String ref;
        private String type;
        private int style;
        private String value;
        private String formula;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private int nextRow = 1;

        SheetHandler(String sheetName, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    nextRow = r == null ? nextRow : Integer.parseInt(r);
                }
                case "c" -> {
                    ref = atts.getValue("r");
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value = null;
                    formula = null;
                }
                case "v" -> startText(() -> inValue = true);
                case "f" -> startText(() -> inFormula = true);
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        startText(() -> inInlineText = true);
                    }
                }
                default -> {
                }
            }
        }

        private void startText(Runnable flag) {
            chars.setLength(0);
            flag.run();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if ((inValue || inFormula || inInlineText) && chars.length() < MAX_CELL_CHARS) {
                chars.append(ch, start, Math.min(length, MAX_CELL_CHARS - chars.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> {
                    value = chars.toString();
                    inValue = false;
                }
                case "f" -> {
                    formula = chars.toString();
                    inFormula = false;
                }
                case "t" -> {
                    if (inInlineText) {
                        value = value == null ? chars.toString() : value + chars;
                        inInlineText = false;
                    }
                }
                case "c" -> endCell();
                case "row" -> nextRow++;
                default -> {
                }
            }
        }

        private void endCell() throws SAXException {
            CellReference cell = ref == null ? new CellReference(nextRow - 1, 0) : new CellReference(ref);
            int row = cell.getRow() + 1;
            int column = cell.getCol();
            if (row > MAX_ROWS) {
                throw new SAXException(new WorkbookUnreadableException("SHEET_TOO_MANY_ROWS", "trang \"" + sheetName
                        + "\" có dữ liệu tới dòng " + row + ", vượt giới hạn " + MAX_ROWS + " dòng của mẫu báo cáo."));
            }
            CellValue cellValue = toCellValue(cell.formatAsString(false));
            if (cellValue != null && column < MAX_COLUMNS) {
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cellValue);
            }
        }

        private CellValue toCellValue(String address) {
            if (value == null || value.isEmpty()) {
                return formula == null ? null : new CellValue(address, "", null, false, false, formula);
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> text(address, strings.getItemAt(Integer.parseInt(value)).getString());
                case "inlineStr", "str" -> text(address, value);
                case "b" -> text(address, "1".equals(value) ? "TRUE" : "FALSE");
                case "e" -> text(address, value);
                default -> number(address);
            };
        }

        private CellValue text(String address, String text) {
            return text.isBlank() && formula == null ? null : new CellValue(address, text, null, false, false, formula);
        }

        private CellValue number(String address) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return text(address, value);
            }
            XSSFCellStyle cellStyle = styles == null || style >= styles.getNumCellStyles() ? null : styles.getStyleAt(style);
            short formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String format = cellStyle == null ? "General" : cellStyle.getDataFormatString();
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            boolean isDate = format != null && DateUtil.isADateFormat(formatIndex, format);
            boolean isPercent = format != null && format.contains("%");
            return new CellValue(address, value, number, isDate, isPercent, formula);
        }
    }
}
