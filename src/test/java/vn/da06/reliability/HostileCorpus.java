package vn.da06.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.da06.submission.Rule;
import vn.da06.submission.TestWorkbook;
import vn.da06.workbook.WorkbookLayout;

/**
 * The generated corpus of broken and hostile inbox files: each specimen is written into {@code inbox/21952/} (or
 * where its kind needs it) with the rule it must be rejected under. Nothing here is committed as a binary: the files
 * are made afresh by every run, from a valid workbook and a fixed random seed.
 */
final class HostileCorpus {

    static final String UNIT = "21952";
    static final Instant ARRIVAL = Instant.parse("2024-04-05T02:00:00Z");

    private static final String SHEET_OPEN = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_CLOSE = "</sheetData></worksheet>";
    private static final String LAUGHS = """
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>""";

    /**
     * One file of the corpus.
     *
     * @param kind     the class of hostile input it belongs to (for counting)
     * @param path     where it lies in the inbox
     * @param rules    it must be rejected under one of these (empty: it must be archived)
     * @param mayPass  a damaged copy that may still read as the same valid workbook (then it is archived unchanged)
     */
    record Specimen(String kind, Path path, Set<Rule> rules, boolean mayPass) {
        String fileName() {
            return path.getFileName().toString();
        }
    }

    private final Path inbox;
    private final byte[] valid;
    private final List<Specimen> specimens = new ArrayList<>();

    private HostileCorpus(Path inbox, byte[] valid) {
        this.inbox = inbox;
        this.valid = valid;
    }

    /** A valid workbook of unit 21952 for March 2024, as the corpus mutates it. */
    static TestWorkbook validWorkbook(byte[] markerKey) {
        return TestWorkbook.of(UNIT, "2024-03", markerKey)
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 15/KH-UBND", null, null)
                .task("NV13", "Đang triển khai", 60, null, null, "Thiếu máy quét", null)
                .indicator("CT02", 45, 50, null)
                .indicator("CT04", 30, 40, "Số liệu từ hệ thống một cửa");
    }

    /**
     * Writes the whole corpus into the inbox. {@code secret} is a file an external entity points at and
     * {@code listener} a local port one points at: neither may ever be read.
     */
    static List<Specimen> write(Path inbox, byte[] markerKey, Path secret, int listener) throws IOException {
        Path base = Files.createTempFile("hostile-base-", ".xlsx");
        validWorkbook(markerKey).write(base, ARRIVAL);
        HostileCorpus corpus = new HostileCorpus(inbox, Files.readAllBytes(base));
        Files.delete(base);
        corpus.truncated();
        corpus.bitFlipped();
        corpus.zipBomb();
        corpus.xmlBombs();
        corpus.externalEntities(secret, listener);
        corpus.oversized();
        corpus.otherFormats(markerKey);
        corpus.oddEntries();
        corpus.formulas();
        Path withoutMarker = Files.createTempFile("hostile-unmarked-", ".xlsx");
        validWorkbook(markerKey).withoutMarker().write(withoutMarker, ARRIVAL);
        corpus.hugeExtraSheet(Files.readAllBytes(withoutMarker));
        Files.delete(withoutMarker);
        corpus.manyStrings();
        corpus.oversizedParts();
        return List.copyOf(corpus.specimens);
    }

    // ------------------------------------------------------------------ damaged copies

    private void truncated() throws IOException {
        for (double keep : new double[] {0.001, 0.25, 0.5, 0.75, 0.95}) {
            int length = Math.max(1, (int) (valid.length * keep));
            add("truncated", "cat-" + length + ".xlsx", java.util.Arrays.copyOf(valid, length), false, Rule.FILE_CORRUPT);
        }
        // Cut inside the end-of-central-directory record: the entries are intact, the index is not.
        add("truncated", "cat-cuoi.xlsx", java.util.Arrays.copyOf(valid, valid.length - 10), false, Rule.FILE_CORRUPT);
    }

    private void bitFlipped() throws IOException {
        Random random = new Random(6);
        for (int i = 1; i <= 12; i++) {
            byte[] copy = valid.clone();
            for (int flips = 0; flips < i % 3 + 1; flips++) {
                int at = random.nextInt(copy.length);
                copy[at] ^= (byte) (1 << random.nextInt(8));
            }
            add("bit-flipped", "lat-bit-" + i + ".xlsx", copy, true, Rule.FILE_CORRUPT, Rule.FILE_NOT_XLSX,
                    Rule.FILE_UNSAFE_XML, Rule.FILE_ZIP_BOMB, Rule.SHEET_MISSING, Rule.MARKER_INVALID, Rule.MARKER_MISSING,
                    Rule.COVER_MISSING, Rule.HEADER_MISSING);
        }
    }

    private void zipBomb() throws IOException {
        // 1 GiB of spaces inflated from about 1 MB.
        ZipSurgery bomb = ZipSurgery.of(valid).stream("xl/worksheets/sheet2.xml", out -> {
            out.write(SHEET_OPEN.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                out.write(spaces);
            }
            out.write(SHEET_CLOSE.getBytes(StandardCharsets.US_ASCII));
        });
        add("zip bomb", "bom-zip.xlsx", bomb, Rule.FILE_ZIP_BOMB);
    }

    private void xmlBombs() throws IOException {
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                "xl/styles.xml", "[Content_Types].xml", "_rels/.rels")) {
            ZipSurgery bomb = ZipSurgery.of(valid).edit(part, xml -> withDoctype(xml, LAUGHS, "&lol9;"));
            add("XML bomb", "bom-xml-" + slug(part) + ".xlsx", bomb, Rule.FILE_UNSAFE_XML);
        }
    }

    private void externalEntities(Path secret, int listener) throws IOException {
        String file = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String http = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + listener + "/xxe\">]>";
        String parameter = "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:" + listener + "/dtd\"> %p;]>";
        add("XXE", "xxe-tep-chuoi.xlsx", ZipSurgery.of(valid).edit("xl/sharedStrings.xml",
                xml -> withDoctype(xml, file, "&xxe;")), Rule.FILE_UNSAFE_XML);
        add("XXE", "xxe-tep-trang.xlsx", ZipSurgery.of(valid).edit("xl/worksheets/sheet1.xml",
                xml -> withDoctype(xml, file, "&xxe;")), Rule.FILE_UNSAFE_XML);
        add("XXE", "xxe-http-sach.xlsx", ZipSurgery.of(valid).edit("xl/workbook.xml",
                xml -> withDoctype(xml, http, "&xxe;")), Rule.FILE_UNSAFE_XML);
        add("XXE", "xxe-dtd-kieu.xlsx", ZipSurgery.of(valid).edit("xl/styles.xml",
                xml -> withDoctype(xml, parameter, "")), Rule.FILE_UNSAFE_XML);
        add("XXE", "xxe-http-loai.xlsx", ZipSurgery.of(valid).edit("[Content_Types].xml",
                xml -> withDoctype(xml, http, "&xxe;")), Rule.FILE_UNSAFE_XML);
    }

    /**
     * Puts a DOCTYPE after the XML declaration and the entity reference into the first text of the document (or
     * into an attribute-free spot right after the root's start tag).
     */
    private static String withDoctype(String xml, String doctype, String reference) {
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String body = xml.substring(declarationEnd);
        int text = body.indexOf("<t>");
        if (text >= 0) {
            body = body.substring(0, text + 3) + reference + body.substring(text + 3);
        } else if (body.contains("<sheetData>")) {
            body = body.replace("<sheetData>", "<sheetData><row r=\"999\"><c r=\"A999\" t=\"inlineStr\"><is><t>" + reference
                    + "</t></is></c></row>");
        }
        return xml.substring(0, declarationEnd) + doctype + body;
    }

    private void oversized() throws IOException {
        // A 50 MB sheet: stored as it is, the file is 50 MB; compressed, the file is small but the sheet is not.
        add("50 MB sheet", "lon-50mb-nguyen.xlsx", ZipSurgery.of(valid).stored()
                .stream("xl/worksheets/sheet2.xml", out -> bigSheet(out, 50L << 20)), Rule.FILE_TOO_LARGE);
        add("50 MB sheet", "lon-50mb-nen.xlsx", ZipSurgery.of(valid)
                .stream("xl/worksheets/sheet2.xml", out -> bigSheet(out, 50L << 20)), Rule.FILE_TOO_LARGE);
        add("1,000,000 rows", "trieu-dong.xlsx", ZipSurgery.of(valid).stream("xl/worksheets/sheet3.xml", out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII);
            w.write(SHEET_OPEN);
            for (int r = 1; r <= 1_000_000; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
            w.write(SHEET_CLOSE);
            w.flush();
        }), Rule.SHEET_TOO_MANY_ROWS);
    }

    /** Wide rows of varied numbers and text: compresses about as well as a real sheet does. */
    private static void bigSheet(OutputStream out, long bytes) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII);
        Random random = new Random(50);
        long written = SHEET_OPEN.length();
        w.write(SHEET_OPEN);
        int row = 1;
        StringBuilder line = new StringBuilder();
        while (written < bytes) {
            line.setLength(0);
            line.append("<row r=\"").append(row).append("\">");
            for (int c = 0; c < 20; c++) {
                line.append("<c r=\"").append((char) ('A' + c)).append(row).append("\" t=\"inlineStr\"><is><t>")
                        .append(random.nextInt(1000)).append("</t></is></c>");
            }
            line.append("</row>");
            w.write(line.toString());
            written += line.length();
            row = row % 4_000 + 1;
        }
        w.write(SHEET_CLOSE);
        w.flush();
    }

    private void otherFormats(byte[] markerKey) throws IOException {
        add("password-protected", "mat-khau.xlsx", encrypted(), false, Rule.FILE_ENCRYPTED);
        try (HSSFWorkbook xls = new HSSFWorkbook(); var bytes = new java.io.ByteArrayOutputStream()) {
            xls.createSheet(WorkbookLayout.COVER_SHEET).createRow(0).createCell(0).setCellValue("Mã đơn vị");
            xls.createSheet(WorkbookLayout.TASK_SHEET);
            xls.createSheet(WorkbookLayout.INDICATOR_SHEET);
            xls.write(bytes);
            add(".xls renamed", "excel-cu.xlsx", bytes.toByteArray(), false, Rule.FILE_LEGACY_XLS);
        }
        add(".xlsb renamed", "nhi-phan.xlsx", xlsb(), Rule.FILE_NOT_XLSX);
        try (XWPFDocument docx = new XWPFDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("Báo cáo tháng 3/2024");
            docx.write(bytes);
            add(".docx renamed", "van-ban.xlsx", bytes.toByteArray(), false, Rule.FILE_NOT_XLSX);
        }
        add(".ods renamed", "libre.xlsx", ods(), Rule.FILE_NOT_XLSX);
        add(".csv renamed", "bang.xlsx", ("\uFEFFMã chỉ tiêu;Tử số;Mẫu số\r\nCT02;45;50\r\n").getBytes(StandardCharsets.UTF_8),
                false, Rule.FILE_NOT_XLSX);
    }

    private byte[] encrypted() throws IOException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("bimat");
        try (POIFSFileSystem fs = new POIFSFileSystem(); var bytes = new java.io.ByteArrayOutputStream()) {
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(valid);
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** An Excel binary workbook package (.xlsb): the OPC layout of one, its parts BIFF12 records. */
    private static ZipSurgery xlsb() throws IOException {
        String ct = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>\
                <Override PartName="/xl/styles.bin" ContentType="application/vnd.ms-excel.styles"/>\
                </Types>""";
        String rels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>\
                </Relationships>""";
        String workbookRels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.bin"/>\
                </Relationships>""";
        // BrtBeginBook, BrtBeginBundleShs, BrtBundleSh (sheet "Thông tin" → rId1), BrtEndBundleShs, BrtEndBook.
        java.io.ByteArrayOutputStream book = new java.io.ByteArrayOutputStream();
        book.write(new byte[] {(byte) 0x83, 0x01, 0x00, (byte) 0x8F, 0x01, 0x00});
        byte[] name = WorkbookLayout.COVER_SHEET.getBytes(StandardCharsets.UTF_16LE);
        byte[] rid = "rId1".getBytes(StandardCharsets.UTF_16LE);
        java.nio.ByteBuffer sheet = java.nio.ByteBuffer.allocate(8 + 4 + rid.length + 4 + name.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        sheet.putInt(0).putInt(1).putInt(rid.length / 2).put(rid).putInt(name.length / 2).put(name);
        book.write(new byte[] {(byte) 0x9C, 0x01, (byte) sheet.capacity()});
        book.write(sheet.array());
        book.write(new byte[] {(byte) 0x90, 0x01, 0x00, (byte) 0x84, 0x01, 0x00});
        // BrtBeginSheet, BrtBeginSheetData, BrtEndSheetData, BrtEndSheet.
        byte[] sheetBin = {(byte) 0x81, 0x01, 0x00, (byte) 0x91, 0x01, 0x00, (byte) 0x92, 0x01, 0x00, (byte) 0x82, 0x01, 0x00};
        return ZipSurgery.of(emptyZip()).put("[Content_Types].xml", ct).put("_rels/.rels", rels)
                .put("xl/workbook.bin", book.toByteArray()).put("xl/_rels/workbook.bin.rels", workbookRels)
                .put("xl/worksheets/sheet1.bin", sheetBin).put("xl/styles.bin", new byte[] {(byte) 0x96, 0x02, 0x00, (byte) 0x97, 0x02, 0x00});
    }

    /** An OpenDocument spreadsheet as LibreOffice writes it: "mimetype" first and stored, then the parts. */
    private static ZipSurgery ods() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Thông tin"><table:table-row>\
                <table:table-cell><text:p>Mã đơn vị</text:p></table:table-cell><table:table-cell><text:p>21952</text:p></table:table-cell>\
                </table:table-row></table:table></office:spreadsheet></office:body></office:document-content>""";
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""";
        return ZipSurgery.of(emptyZip()).stored().put("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
                .put("content.xml", content).put("META-INF/manifest.xml", manifest);
    }

    private static byte[] emptyZip() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        new java.util.zip.ZipOutputStream(bytes).close();
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ what is not a plain file, odd names

    private void oddEntries() throws IOException {
        add("empty file", "rong.xlsx", new byte[0], false, Rule.FILE_EMPTY);
        Path directory = inbox.resolve(UNIT).resolve("thu-muc.xlsx");
        Files.createDirectories(directory.resolve("con"));
        Files.write(directory.resolve("con/bao-cao.xlsx"), valid);
        specimens.add(new Specimen("directory named .xlsx", directory, Set.of(Rule.FILE_NOT_XLSX), false));
        // Names with a backslash, a line break or bytes that are not UTF-8: the content is valid, the name is not.
        add("odd file name", "thang3\\..\\..\\bao-cao.xlsx", valid, false, Rule.FILE_NAME);
        add("odd file name", "dong\nmoi.xlsx", valid, false, Rule.FILE_NAME);
        specimens.add(new Specimen("odd file name", nonUtf8Name(inbox.resolve(UNIT), valid), Set.of(Rule.FILE_NAME), false));
        // The longest name the file system allows: its error report "<name>_LOI.xlsx" would be longer.
        add("odd file name", longestName(), "Mã chỉ tiêu;Tử số\nCT02;45\n".getBytes(StandardCharsets.UTF_8), false, Rule.FILE_NOT_XLSX);
    }

    /** "Báo cáo tháng 3 ... .xlsx" of exactly 255 bytes in UTF-8. */
    static String longestName() {
        StringBuilder name = new StringBuilder();
        while (name.toString().getBytes(StandardCharsets.UTF_8).length + "báo cáo ".getBytes(StandardCharsets.UTF_8).length <= 250) {
            name.append("báo cáo ");
        }
        while (name.toString().getBytes(StandardCharsets.UTF_8).length < 250) {
            name.append('x');
        }
        return name + ".xlsx";
    }

    /**
     * A file whose name holds bytes that are not UTF-8 (Latin-1 "báo cáo"), made by the shell from raw bytes: Java
     * cannot name such a file itself on a UTF-8 system.
     */
    private static Path nonUtf8Name(Path folder, byte[] content) throws IOException {
        Path source = Files.createTempFile("non-utf8-", ".xlsx");
        Files.write(source, content);
        try {
            Process copy = new ProcessBuilder("/bin/sh", "-c", "cp \"$0\" \"$1\"$(printf 'b\\341o-c\\341o.xlsx')",
                    source.toString(), folder.toString() + "/").redirectErrorStream(true).start();
            String output = new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (copy.waitFor() != 0) {
                throw new IOException("cannot create a file with a non-UTF-8 name: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.delete(source);
        }
        try (var files = Files.list(folder)) {
            Path made = files.filter(p -> p.getFileName().toString().contains("\uFFFD")).findFirst()
                    .orElseThrow(() -> new IOException("the non-UTF-8 name did not come out as expected"));
            Files.setLastModifiedTime(made, FileTime.from(ARRIVAL));
            return made;
        }
    }

    // ------------------------------------------------------------------ formulas

    private void formulas() throws IOException {
        add("external workbook formula", "lien-ket-ngoai.xlsx", withExternalLink(), Rule.FILE_EXTERNAL_LINK);
        add("HYPERLINK / DDE formula", "sieu-lien-ket.xlsx", withFormula("HYPERLINK(\"http://example.invalid/x\",\"Bấm vào đây\")"),
                Rule.FORMULA_FORBIDDEN);
        add("HYPERLINK / DDE formula", "dde.xlsx", withFormula("cmd|' /C calc'!A0"), Rule.FORMULA_FORBIDDEN);
        add("HYPERLINK / DDE formula", "dde-cong.xlsx", withFormula("+cmd|' /C powershell'!A0"), Rule.FORMULA_FORBIDDEN);
    }

    private ZipSurgery withFormula(String formula) throws IOException {
        return withFormula(valid, formula);
    }

    /**
     * The "Kết quả" cell of the first task (Nhiệm vụ!I4) turned into a formula cell with a cached text value, as
     * Excel saves it: POI itself would refuse to write a DDE formula.
     */
    static ZipSurgery withFormula(byte[] workbook, String formula) throws IOException {
        return ZipSurgery.of(workbook).edit("xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("<c r=\"I4\"[^>]*>.*?</c>",
                java.util.regex.Matcher.quoteReplacement("<c r=\"I4\" t=\"str\"><f>" + escape(formula) + "</f><v>0</v></c>")));
    }

    /** A cell reading [1]Sheet1!A1 with the external link part Excel writes for a formula into another workbook. */
    private ZipSurgery withExternalLink() throws IOException {
        String link = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>""";
        String linkRels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" \
                Target="file:///C:/bao-cao/so-lieu-khac.xlsx" TargetMode="External"/></Relationships>""";
        return withFormula("[1]Sheet1!A1")
                .put("xl/externalLinks/externalLink1.xml", link)
                .put("xl/externalLinks/_rels/externalLink1.xml.rels", linkRels)
                .edit("[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>"))
                .edit("xl/_rels/workbook.xml.rels", xml -> xml.replace("</Relationships>", "<Relationship Id=\"rId99\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
                        + "Target=\"externalLinks/externalLink1.xml\"/></Relationships>"))
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "</sheets><externalReferences>"
                        + "<externalReference r:id=\"rId99\"/></externalReferences>"));
    }

    /**
     * A workbook rejected for a missing marker, with an extra sheet the import never reads that inflates to 35 MB:
     * its error report must not load it whole.
     */
    private void hugeExtraSheet(byte[] withoutMarker) throws IOException {
        ZipSurgery surgery = ZipSurgery.of(withoutMarker)
                .stream("xl/worksheets/sheet9.xml", out -> bigSheet(out, 35L << 20))
                .edit("[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName=\"/xl/worksheets/sheet9.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"))
                .edit("xl/_rels/workbook.xml.rels", xml -> xml.replace("</Relationships>", "<Relationship Id=\"rId99\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                        + "Target=\"worksheets/sheet9.xml\"/></Relationships>"))
                .edit("xl/workbook.xml", xml -> xml.replace("</sheets>", "<sheet name=\"Ghi chú\" sheetId=\"99\" r:id=\"rId99\"/></sheets>"));
        add("huge sheet in a rejected workbook", "trang-phu-lon.xlsx", surgery, Rule.MARKER_MISSING);
    }

    /** Two million distinct shared strings (about 38 MB of XML): the strings table must stay within bounds. */
    private void manyStrings() throws IOException {
        ZipSurgery surgery = ZipSurgery.of(valid).stream("xl/sharedStrings.xml", out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            String original = ZipSurgery.of(valid).text("xl/sharedStrings.xml");
            w.write(original.substring(0, original.lastIndexOf("</sst>")));
            for (int i = 0; i < 2_000_000; i++) {
                w.write("<si><t>" + Integer.toString(i, 36) + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
        });
        add("2,000,000 shared strings", "chuoi-trieu.xlsx", surgery, Rule.FILE_TOO_LARGE);
    }

    /** Parts that POI or the reader would hold in memory whole, made as large as the zip guards let through. */
    private void oversizedParts() throws IOException {
        add("oversized part", "loai-lon.xlsx", ZipSurgery.of(valid).edit("[Content_Types].xml", xml -> xml.replace("</Types>",
                repeat(400_000, i -> "<Override PartName=\"/xl/media/anh" + i + ".png\" ContentType=\"image/png\"/>") + "</Types>")),
                Rule.FILE_TOO_LARGE, Rule.FILE_CORRUPT);
        add("oversized part", "kieu-lon.xlsx", ZipSurgery.of(valid).edit("xl/styles.xml", xml -> xml.replaceFirst("<numFmts[^>]*>",
                "$0" + repeat(300_000, i -> "<numFmt numFmtId=\"" + (200 + i) + "\" formatCode=\"0.0" + i + "\"/>"))),
                Rule.FILE_TOO_LARGE, Rule.FILE_CORRUPT);
        add("oversized part", "so-trang-lon.xlsx", ZipSurgery.of(valid).edit("xl/workbook.xml", xml -> xml.replace("</sheets>",
                repeat(300_000, i -> "<sheet name=\"T" + i + "\" sheetId=\"" + (100 + i) + "\" r:id=\"rIdX" + i + "\"/>") + "</sheets>")),
                Rule.FILE_TOO_LARGE, Rule.FILE_CORRUPT);
        add("oversized part", "o-day.xlsx", ZipSurgery.of(valid).stream("xl/worksheets/sheet3.xml", out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII);
            Random random = new Random(7);
            w.write(SHEET_OPEN);
            for (int r = 1; r <= 4_900; r++) {
                w.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 99; c++) {
                    w.write("<c r=\"" + org.apache.poi.ss.util.CellReference.convertNumToColString(c) + r + "\"><v>"
                            + random.nextInt(100) + "</v></c>");
                }
                w.write("</row>");
            }
            w.write(SHEET_CLOSE);
            w.flush();
        }), Rule.FILE_TOO_LARGE);
    }

    private static String repeat(int times, java.util.function.IntFunction<String> item) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(item.apply(i));
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ helpers

    private void add(String kind, String name, ZipSurgery zip, Rule... rules) throws IOException {
        Path file = inbox.resolve(UNIT).resolve(name);
        zip.write(file);
        Files.setLastModifiedTime(file, FileTime.from(ARRIVAL));
        specimens.add(new Specimen(kind, file, Set.of(rules), false));
    }

    private void add(String kind, String name, byte[] content, boolean mayPass, Rule... rules) throws IOException {
        Path file = inbox.resolve(UNIT).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(ARRIVAL));
        specimens.add(new Specimen(kind, file, Set.of(rules), mayPass));
    }

    private static String slug(String part) {
        return part.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
