package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean package open reads a workbook as POI writes it, and leaves anything laid out otherwise to POI's
 * OPCPackage (whose checks and messages the hostile corpus tests pin down).
 */
class LeanPackageTests {

    private static final long LIMIT = 2L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void readsTheSheetsOfAWorkbookAsPoiWroteItAndTheSameCellsAsPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        Optional<LeanPackage.Parts> plain = read(parts);

        assertThat(plain).isPresent();
        assertThat(plain.get().sheets()).extracting(LeanPackage.Sheet::name).containsExactly("Bìa", "Nhiệm vụ", "Chỉ tiêu");
        assertThat(plain.get().sharedStrings()).isNotNull();
        assertThat(plain.get().styles()).isNotNull();
        assertThat(plain.get().date1904()).isFalse();
        assertThat(plain.get().externalLinks()).isFalse();

        Path file = write(parts);
        WorkbookCells cells = XlsxCellReader.read(file, Set.of("Nhiệm vụ", "Chỉ tiêu"));
        assertThat(cells.sheets()).extracting(WorkbookCells.Sheet::name).containsExactly("Nhiệm vụ", "Chỉ tiêu");
        assertThat(cells.sheets().get(0).rows().get(1).get(0).text()).isEqualTo("Mã nhiệm vụ");
        assertThat(cells.sheets().get(0).rows().get(2).get(1).number()).isEqualTo(45.5);
    }

    @Test
    void readsTheDate1904Flag() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        edit(parts, "xl/workbook.xml", xml -> xml.replaceFirst("<workbookPr[^>]*/>", "<workbookPr date1904=\"1\"/>"));

        assertThat(read(parts)).hasValueSatisfying(p -> assertThat(p.date1904()).isTrue());
    }

    @Test
    void leavesAMacroWorkbookToPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        edit(parts, "[Content_Types].xml", xml -> xml.replace("spreadsheetml.sheet.main+xml",
                "ms-excel.sheet.macroEnabled.main+xml"));

        assertThat(read(parts)).isEmpty();
    }

    @Test
    void leavesAPartWithoutContentTypeToPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        parts.put("xl/media/anh.unknownext", new byte[] {1, 2, 3});

        assertThat(read(parts)).isEmpty();
    }

    @Test
    void leavesAPartNameOutsidePlainLettersToPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        edit(parts, "[Content_Types].xml", xml -> xml.replace("</Types>",
                "<Default Extension=\"png\" ContentType=\"image/png\"/></Types>"));
        parts.put("xl/media/ảnh 1.png", new byte[] {1, 2, 3});

        assertThat(read(parts)).isEmpty();
        parts.put("xl/media/anh1.png", parts.remove("xl/media/ảnh 1.png"));
        assertThat(read(parts)).isPresent();
    }

    @Test
    void leavesMalformedDocumentPropertiesToPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        assertThat(parts).containsKey("docProps/core.xml");
        edit(parts, "docProps/core.xml", xml -> xml.replace("</cp:coreProperties>", ""));

        assertThat(read(parts)).isEmpty();
    }

    @Test
    void leavesASheetWhoseRelationshipPointsNowhereToPoi() throws Exception {
        Map<String, byte[]> parts = parts(workbook());
        edit(parts, "xl/_rels/workbook.xml.rels", xml -> xml.replace("worksheets/sheet2.xml", "worksheets/sheet9.xml"));

        assertThat(read(parts)).isEmpty();
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Bìa").createRow(0).createCell(0).setCellValue("Báo cáo tháng");
            var tasks = workbook.createSheet("Nhiệm vụ");
            tasks.createRow(0).createCell(0).setCellValue("Mã nhiệm vụ");
            tasks.createRow(1).createCell(1).setCellValue(45.5);
            workbook.createSheet("Chỉ tiêu").createRow(0).createCell(0).setCellValue("Mã chỉ tiêu");
            workbook.getProperties().getCoreProperties().setCreator("da06");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static void edit(Map<String, byte[]> parts, String name, java.util.function.UnaryOperator<String> change) {
        parts.put(name, change.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private Path write(Map<String, byte[]> parts) throws IOException {
        Path file = Files.createTempFile(dir, "wb", ".xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private Optional<LeanPackage.Parts> read(Map<String, byte[]> parts) throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(write(parts).toFile())) {
            return LeanPackage.read(zip, LIMIT);
        }
    }
}
