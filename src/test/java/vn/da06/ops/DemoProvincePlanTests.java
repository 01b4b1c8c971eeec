package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/**
 * `da06 demo --plan GIALAI-2025` for one month: the sample province plan of 2025 with the district plan of 2024
 * before it, sample workbooks of July 2024 (the old communes) and July 2025 (the new ones), and the month's report
 * of the province.
 */
@Da06SpringTest
@TestPropertySource(properties = "da06.test.context=demo-province")
class DemoProvincePlanTests {

    @Autowired
    Cli cli;

    @Test
    void theProvincePlanRunsForAMonthWithTheSameMonthOf2024Beside() throws IOException {
        CliRun run = CliRun.run(cli, "demo", "--plan", "GIALAI-2025", "--month", "2025-07");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // The other test of the class may have loaded the plans already.
        assertThat(run.out()).containsPattern("1\\. Kế hoạch TUYPHUOC-2024: (đã nạp|dùng lại)")
                .containsPattern("1\\. Kế hoạch GIALAI-2025: (đã nạp|dùng lại)")
                .containsPattern("2\\. Báo cáo của các đơn vị theo kế hoạch TUYPHUOC-2024: đã tạo \\d+ tệp mẫu cho tháng 07/2024")
                .containsPattern("2\\. Báo cáo của các đơn vị theo kế hoạch GIALAI-2025: đã tạo \\d+ tệp mẫu cho tháng 07/2025")
                .containsPattern("3\\. Nhập: \\d+ tệp nạp vào kho");
        List<Path> pdfs = run.out().lines().map(String::strip).filter(l -> l.endsWith(".pdf")).map(Path::of).toList();
        assertThat(pdfs).extracting(p -> p.getFileName().toString()).containsExactly("monthly_2025-07.pdf");
        for (String extension : List.of("docx", "xlsx")) {
            assertThat(pdfs.get(0).resolveSibling("monthly_2025-07." + extension)).isRegularFile();
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdfs.get(0).toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("TỈNH GIA LAI", "Gia Lai, ngày", "trên địa bàn tỉnh tháng 07/2025",
                "Ủy ban nhân dân tỉnh báo cáo", "UBND xã Tuy Phước").doesNotContain("huyện");
        // The old communes and towns appear only as what the new ones were formed from, beside July 2024.
        assertThat(text).contains("UBND xã Tuy Phước (từ 01/07/2025; hợp thành từ UBND thị trấn Tuy Phước, UBND thị trấn "
                + "Diêu Trì, UBND xã Phước Lộc, UBND xã Phước Nghĩa, UBND xã Phước Thuận)");
        assertThat(text.replace("hợp thành từ UBND thị trấn Tuy Phước, UBND thị trấn Diêu Trì", ""))
                .doesNotContain("thị trấn");
    }

    @Test
    void aPlanThatIsNotBundledOrMonthsOutsideThePlanFailWithOneVietnameseLine() {
        CliRun unknown = CliRun.run(cli, "demo", "--plan", "HANOI-2030");
        CliRun outside = CliRun.run(cli, "demo", "--plan", "GIALAI-2025", "--month", "2024-07");

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err().lines()).singleElement().asString()
                .isEqualTo("Lỗi: da06 demo chạy với kế hoạch có sẵn trong da06: TUYPHUOC-2024, GIALAI-2025; không có kế hoạch HANOI-2030.");
        assertThat(outside.exitCode()).isNotZero();
        assertThat(outside.err().lines()).singleElement().asString()
                .isEqualTo("Lỗi: các tháng 07/2024 nằm ngoài kế hoạch GIALAI-2025 (từ 07/2025 đến 12/2025).");
    }
}
