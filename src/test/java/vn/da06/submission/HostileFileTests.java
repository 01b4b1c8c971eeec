package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import vn.da06.support.ImportTest;

/** Files that are not what they claim: each is rejected with a clear reason, without reading it whole. */
class HostileFileTests extends ImportTest {

    @Test
    void anEncryptedWorkbookIsRejectedAskingToRemoveThePassword() throws Exception {
        byte[] plain = Files.readAllBytes(validWorkbook(properties.home().resolve("plain.xlsx")));
        Path encrypted = properties.inbox().resolve("21952/mat-khau.xlsx");
        Files.createDirectories(encrypted.getParent());
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("bimat");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Files.setLastModifiedTime(encrypted, FileTime.from(ImportFunctionalTests.ON_TIME));

        ImportSummary summary = launcher.run(null, n -> { });

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(firstRule()).isEqualTo("FILE_ENCRYPTED");
        assertThat(summary.rejections().get(0).reasons().get(0)).contains("đặt mật khẩu");
    }

    @Test
    void aZipBombIsRejectedWithoutInflatingIt() throws IOException {
        Path valid = validWorkbook(properties.home().resolve("valid.xlsx"));
        Path bomb = properties.inbox().resolve("21952/bom.xlsx");
        Files.createDirectories(bomb.getParent());
        long inflatedBytes = 1L << 30;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < inflatedBytes; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(5L * 1024 * 1024);
        Files.setLastModifiedTime(bomb, FileTime.from(ImportFunctionalTests.ON_TIME));

        ImportSummary summary = launcher.run(null, n -> { });

        // Bounded memory is proven in a small-heap child JVM by the reliability tests; here: the rule and the reason.
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(firstRule()).isEqualTo("FILE_ZIP_BOMB");
    }

    @Test
    void legacyAndOtherFormatsRenamedToXlsxAreToldApart() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(inbox("cu.xlsx"))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(out);
        }
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ods)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes());
            zip.closeEntry();
        }
        Files.write(inbox("libre.xlsx"), ods.toByteArray());
        Files.writeString(inbox("bang.xlsx"), "Mã chỉ tiêu;Tử số\nCT02;45\n");

        launcher.run(null, n -> { });

        assertThat(jdbc.sql("SELECT s.file_name || ' ' || e.rule FROM fact_submission s JOIN submission_error e USING (submission_key) ORDER BY 1")
                .query(String.class).list())
                .containsExactly("bang.xlsx FILE_NOT_XLSX", "cu.xlsx FILE_LEGACY_XLS", "libre.xlsx FILE_NOT_XLSX");
    }

    private Path inbox(String name) throws IOException {
        Path file = properties.inbox().resolve("21952").resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }

    private Path validWorkbook(Path file) throws IOException {
        return TestWorkbook.of("21952", "2024-03", markerKey.bytes())
                .task("NV13", "Đang triển khai", 50, null, null, null, null)
                .indicator("CT02", 1, 2, null)
                .write(file, ImportFunctionalTests.ON_TIME);
    }

    private String firstRule() {
        return jdbc.sql("SELECT rule FROM submission_error WHERE seq = 1").query(String.class).single();
    }

}
