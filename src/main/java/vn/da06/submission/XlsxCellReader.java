package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.da06.base.VietnameseText;

/**
 * Reads the cells of chosen sheets of an untrusted .xlsx with POI's event API (SAX over the sheet XML, never the
 * whole workbook in memory), within limits that keep memory bounded whatever the file holds: file size, POI's
 * zip-bomb guards, the size of every part POI parses whole, rows per sheet, cells and characters kept per workbook.
 * The XML parsers come from POI's {@code XMLHelper} ({@link SaxParsing}), which refuses DOCTYPEs (entity bombs,
 * external entities). The zip is read through its central directory only: POI's fallback for a damaged zip would
 * hold every entry in memory.
 */
final class XlsxCellReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxCellReader.class);

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 100;
    private static final int MAX_CELL_CHARS = 32_767;
    /** Cells and characters kept for one workbook: a genuine one holds a few thousand cells. */
    private static final int MAX_CELLS = 200_000;
    private static final long MAX_CHARS = 8_000_000;
    /** Parts POI parses whole (DOM or lists in memory): the content types, relationships, workbook, styles, theme. */
    private static final long MAX_SMALL_PART_BYTES = 2L * 1024 * 1024;
    private static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;
    private static final long MAX_ENTRY_BYTES = 40L * 1024 * 1024;
    private static final String EXTERNAL_LINK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
    private static final String UNSAFE_XML_MESSAGE = "tệp chứa cấu trúc XML không an toàn (DOCTYPE/ENTITY, có thể là "
            + "tệp độc hại); không mở tệp này, hãy dùng mẫu do da06 tạo.";
    private static final String XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final Set<String> SPREADSHEET_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    static {
        // A genuine monthly workbook is a few dozen kilobytes; anything far larger or compressed far better is hostile.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
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
        try (ZipSecureFile zip = openZip(file)) {
            boolean isPackage = zip.getEntry("[Content_Types].xml") != null;
            try {
                checkSmallParts(zip);
                Optional<LeanPackage.Parts> plain = LeanPackage.read(zip, MAX_SMALL_PART_BYTES);
                return plain.isPresent() ? read(zip, plain.get(), wanted) : readWithPoi(zip, wanted);
            } catch (WorkbookUnreadableException e) {
                throw e;
            } catch (EncryptedDocumentException e) {
                throw new WorkbookUnreadableException("FILE_ENCRYPTED", encryptedMessage(), e);
            } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
                throw unreadable(e, isPackage);
            }
        } catch (IOException e) {
            throw unreadable(e, true); // the zip could not be closed
        }
    }

    /** A plainly laid out package ({@link LeanPackage}), within the same limits as one POI opens. */
    private static WorkbookCells read(ZipSecureFile zip, LeanPackage.Parts parts, Set<String> wanted)
            throws IOException, SAXException, ParserConfigurationException, WorkbookUnreadableException {
        checkSize(zip, parts.sharedStrings(), MAX_SHARED_STRINGS_BYTES);
        checkSize(zip, parts.styles(), MAX_SMALL_PART_BYTES);
        for (ZipArchiveEntry theme : parts.themes()) {
            checkSize(zip, theme, MAX_SMALL_PART_BYTES);
        }
        List<String> strings = List.of();
        if (parts.sharedStrings() != null) {
            try (InputStream in = zip.getInputStream(parts.sharedStrings())) {
                strings = WorkbookParts.sharedStrings(in);
            }
        }
        WorkbookParts.NumberFormats styles = WorkbookParts.NumberFormats.NONE;
        if (parts.styles() != null) {
            try (InputStream in = zip.getInputStream(parts.styles())) {
                styles = WorkbookParts.numberFormats(in);
            }
        }
        Budget budget = new Budget();
        List<WorkbookCells.Sheet> sheets = new ArrayList<>();
        for (LeanPackage.Sheet sheet : parts.sheets()) {
            if (wanted.contains(VietnameseText.key(sheet.name()))) {
                try (InputStream sheetXml = zip.getInputStream(sheet.entry())) {
                    sheets.add(new WorkbookCells.Sheet(sheet.name(), readSheet(sheet.name(), sheetXml, strings, styles, budget)));
                }
            }
        }
        return new WorkbookCells(sheets, parts.externalLinks(), parts.date1904());
    }

    /** Any other package, through POI's OPCPackage and its checks. */
    private static WorkbookCells readWithPoi(ZipSecureFile zip, Set<String> wanted) throws IOException,
            OpenXML4JException, SAXException, ParserConfigurationException, WorkbookUnreadableException {
        try (OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
            checkMainPart(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            checkSize(pkg, XSSFRelation.SHARED_STRINGS.getContentType(), MAX_SHARED_STRINGS_BYTES);
            checkSize(pkg, XSSFRelation.STYLES.getContentType(), MAX_SMALL_PART_BYTES);
            checkSize(pkg, XSSFRelation.THEME.getContentType(), MAX_SMALL_PART_BYTES);
            List<String> strings = sharedStrings(pkg);
            WorkbookParts.NumberFormats styles = numberFormats(pkg);
            boolean date1904 = usesDate1904(reader);
            Budget budget = new Budget();
            List<WorkbookCells.Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheetXml = it.next()) {
                    String name = it.getSheetName();
                    if (wanted.contains(VietnameseText.key(name))) {
                        sheets.add(new WorkbookCells.Sheet(name, readSheet(name, sheetXml, strings, styles, budget)));
                    }
                }
            }
            boolean externalLinks = !pkg.getPartsByContentType(EXTERNAL_LINK_TYPE).isEmpty();
            return new WorkbookCells(sheets, externalLinks, date1904);
        }
    }

    /** The zip through its central directory; a damaged or truncated one is refused here. */
    private static ZipSecureFile openZip(Path file) throws WorkbookUnreadableException {
        try {
            return new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            log.info("Tệp nén hỏng {}: {}", file, e.toString());
            throw new WorkbookUnreadableException("FILE_CORRUPT", "tệp bị hỏng hoặc không đầy đủ (có thể bị cắt cụt khi "
                    + "gửi hay tải về); hãy mở lại bằng Excel, lưu lại rồi gửi lại.", e);
        }
    }

    /** The parts read whole on opening a package (content types, relationships) must be small. */
    private static void checkSmallParts(ZipSecureFile zip) throws IOException, WorkbookUnreadableException {
        for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
            String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("[content_types].xml") || name.endsWith(".rels")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    checkSize(in, MAX_SMALL_PART_BYTES, entry.getName());
                }
            }
        }
    }

    private static void checkSize(ZipSecureFile zip, ZipArchiveEntry entry, long max) throws IOException,
            WorkbookUnreadableException {
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                checkSize(in, max, "/" + entry.getName());
            }
        }
    }

    /** The package's main document must be a spreadsheet in XML (not .xlsb, not a Word or PowerPoint file). */
    private static void checkMainPart(OPCPackage pkg) throws IOException, WorkbookUnreadableException {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        PackagePart part = main == null ? null : pkg.getPart(main);
        if (part == null || !SPREADSHEET_TYPES.contains(part.getContentType())) {
            String type = part == null ? "" : part.getContentType();
            throw new WorkbookUnreadableException("FILE_NOT_XLSX", type.equals(XLSB_TYPE)
                    ? "tệp là bảng tính nhị phân Excel (.xlsb) được đổi tên thành .xlsx; hãy lưu lại dưới dạng \"Sổ làm việc "
                            + "Excel (.xlsx)\" hoặc dùng mẫu do da06 tạo."
                    : "tệp không phải bảng tính Excel .xlsx (có thể là tài liệu Word, PowerPoint hay tệp khác được đổi "
                            + "tên); hãy dùng mẫu do da06 tạo.");
        }
        try (InputStream in = part.getInputStream()) {
            checkSize(in, MAX_SMALL_PART_BYTES, part.getPartName().getName());
        }
    }

    private static void checkSize(OPCPackage pkg, String contentType, long max) throws IOException, WorkbookUnreadableException {
        for (PackagePart part : pkg.getPartsByContentType(contentType)) {
            try (InputStream in = part.getInputStream()) {
                checkSize(in, max, part.getPartName().getName());
            }
        }
    }

    /**
     * Reads a part through (POI's guards apply) and refuses it when it inflates beyond {@code max} bytes, or when it
     * declares a DOCTYPE (POI would refuse it too, but for a relationships part it does so silently).
     */
    private static void checkSize(InputStream in, long max, String partName) throws IOException, WorkbookUnreadableException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (total == 0 && new String(buffer, 0, Math.min(n, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("<!DOCTYPE")) {
                throw new WorkbookUnreadableException("FILE_UNSAFE_XML", UNSAFE_XML_MESSAGE);
            }
            total += n;
            if (total > max) {
                throw new WorkbookUnreadableException("FILE_TOO_LARGE", "phần " + partName + " của tệp giải nén ra hơn "
                        + max / (1024 * 1024) + " MB, vượt xa một mẫu báo cáo tháng (có thể là tệp độc hại); hãy dùng mẫu do da06 tạo.");
            }
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

    /**
     * Why POI could not read the file, from the messages of the whole cause chain (POI often rewraps the parser's
     * exception, keeping only its message). {@code isPackage}: the zip has the content types part of an OOXML file.
     */
    private static WorkbookUnreadableException unreadable(Exception e, boolean isPackage) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        String detail = chain.toString();
        log.info("Không đọc được sổ làm việc: {}", detail);
        if (detail.contains("max size of the expanded data")) {
            return new WorkbookUnreadableException("FILE_TOO_LARGE", "một phần của tệp giải nén ra hơn "
                    + MAX_ENTRY_BYTES / (1024 * 1024) + " MB, vượt xa một mẫu báo cáo tháng; hãy dùng mẫu do da06 tạo.", e);
        }
        if (detail.contains("Zip bomb") || detail.contains("more internal file entries")) {
            return new WorkbookUnreadableException("FILE_ZIP_BOMB",
                    "tệp nén bất thường (giải nén ra quá lớn: có thể là tệp độc hại); không mở tệp này.", e);
        }
        if (detail.contains("DOCTYPE") || detail.contains("ENTITY") || detail.contains("entity")) {
            return new WorkbookUnreadableException("FILE_UNSAFE_XML", UNSAFE_XML_MESSAGE, e);
        }
        if (!isPackage || e instanceof UnsupportedFileFormatException) {
            return new WorkbookUnreadableException("FILE_NOT_XLSX", "tệp là một tệp nén nhưng không phải bảng tính Excel "
                    + ".xlsx (có thể là tệp .ods của LibreOffice hay tệp khác được đổi tên); hãy dùng mẫu do da06 tạo.", e);
        }
        return new WorkbookUnreadableException("FILE_CORRUPT",
                "tệp bị hỏng, không đọc được (" + e.getClass().getSimpleName() + "); hãy mở lại bằng Excel, lưu lại rồi gửi lại.", e);
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = {false};
        try (InputStream workbookXml = reader.getWorkbookData()) {
            SaxParsing.parse(workbookXml, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(localName)) {
                        String value = atts.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
        }
        return date1904[0];
    }

    /** What one workbook may keep in memory, across its sheets. */
    private static final class Budget {
        private int cells;
        private long chars;

        void keep(String sheetName, CellValue cell) throws SAXException {
            cells++;
            chars += cell.text().length() + (cell.formula() == null ? 0 : cell.formula().length());
            if (cells > MAX_CELLS || chars > MAX_CHARS) {
                throw new SAXException(new WorkbookUnreadableException("FILE_TOO_LARGE", "tệp có quá nhiều dữ liệu (tới trang \""
                        + sheetName + "\": hơn " + (cells > MAX_CELLS ? MAX_CELLS + " ô" : MAX_CHARS + " ký tự")
                        + "), vượt xa một mẫu báo cáo tháng; hãy xóa phần thừa hoặc dùng mẫu do da06 tạo."));
            }
        }
    }

    /** The first shared strings part, as POI's ReadOnlySharedStringsTable finds it (none: no strings). */
    private static List<String> sharedStrings(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return WorkbookParts.sharedStrings(in);
        }
    }

    /** Date and percent formats of the first styles part, as POI's XSSFReader.getStylesTable finds it. */
    private static WorkbookParts.NumberFormats numberFormats(OPCPackage pkg) throws IOException, SAXException,
            ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return WorkbookParts.NumberFormats.NONE;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return WorkbookParts.numberFormats(in);
        }
    }

    private static SortedMap<Integer, SortedMap<Integer, CellValue>> readSheet(String name, InputStream xml,
            List<String> strings, WorkbookParts.NumberFormats styles, Budget budget)
            throws IOException, SAXException, ParserConfigurationException, WorkbookUnreadableException {
        SheetHandler handler = new SheetHandler(name, strings, styles, budget);
        try {
            SaxParsing.parse(xml, handler);
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
        private final List<String> strings;
        private final WorkbookParts.NumberFormats styles;
        private final Budget budget;
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

        SheetHandler(String sheetName, List<String> strings, WorkbookParts.NumberFormats styles, Budget budget) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.styles = styles;
            this.budget = budget;
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
                budget.keep(sheetName, cellValue);
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cellValue);
            }
        }

        private CellValue toCellValue(String address) {
            if (value == null || value.isEmpty()) {
                return formula == null ? null : new CellValue(address, "", null, false, false, formula);
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> text(address, truncate(strings.get(Integer.parseInt(value))));
                case "inlineStr", "str" -> text(address, value);
                case "b" -> text(address, "1".equals(value) ? "TRUE" : "FALSE");
                case "e" -> text(address, value);
                default -> number(address);
            };
        }

        private static String truncate(String text) {
            return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS);
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
            return new CellValue(address, value, number, styles.isDate(style), styles.isPercent(style), formula);
        }
    }
}
