package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.cli.Cli;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/** The README's first command, end to end on an empty home and database. */
@Da06SpringTest
@TestPropertySource(properties = "da06.test.context=demo")
class DemoCommandTests {

    @Autowired
    Cli cli;
    @Autowired
    Da06Properties properties;

    @Test
    void demoLoadsTheYearAndWritesEveryReportThenReusesItsDataTheSecondTime() throws IOException {
        CliRun first = CliRun.run(cli, "demo");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("1. Kế hoạch TUYPHUOC-2024: đã nạp.")
                .contains("2. Báo cáo của các đơn vị theo kế hoạch TUYPHUOC-2024: đã tạo").contains("3. Nhập: ");
        List<Path> pdfs = pdfPaths(first.out());
        assertThat(pdfs).extracting(p -> p.getFileName().toString())
                .containsExactly("monthly_2024-12.pdf", "half-year_2024-H1.pdf", "annual_2024.pdf");
        for (Path pdf : pdfs) {
            assertThat(pdf).isAbsolute().startsWith(properties.reports());
            for (String extension : List.of("pdf", "docx", "xlsx")) {
                Path file = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", "." + extension));
                assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
            }
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("BÁO CÁO")
                        .doesNotContain("Chưa có số liệu báo cáo cho kỳ");
            }
        }
        Matcher loaded = Pattern.compile("3\\. Nhập: (\\d+) tệp nạp vào kho, (\\d+) tệp bị từ chối").matcher(first.out());
        assertThat(loaded.find()).isTrue();
        assertThat(Integer.parseInt(loaded.group(1))).isGreaterThan(300);
        assertThat(Integer.parseInt(loaded.group(2))).isPositive();

        CliRun second = CliRun.run(cli, "demo");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("dùng lại kế hoạch đã nạp").contains("dùng lại").contains("3. Nhập: không có tệp mới.");
        assertThat(pdfPaths(second.out())).isEqualTo(pdfs);
    }

    private static List<Path> pdfPaths(String out) {
        return out.lines().map(String::strip).filter(l -> l.endsWith(".pdf")).map(Path::of).toList();
    }
}
