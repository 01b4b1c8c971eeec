package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * Runs the report job ({@code JobOperatorTestUtils}) on the fixture warehouse and reads the figures back from each
 * format it wrote; a failed run restarted. How the product restarts a failed run: {@link ReportRestartFunctionalTests}.
 */
@ReportSpringTest
class ReportJobFunctionalTests extends FixtureReportTest {

    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth JUN = YearMonth.of(2024, 6);
    private static final YearMonth DEC = YearMonth.of(2024, 12);

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job reportJob;

    @Autowired
    ReportWorkFiles workFiles;

    @Autowired
    JobRepository jobRepository;

    @BeforeEach
    void reportJobChosen() {
        jobs.setJob(reportJob);
    }

    @Test
    void halfYearFiguresAreTheReportedOnesInEveryFormat() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX);

        JobExecution execution = jobs.startJob(request.toJobParameters(1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Expected.Figure flow = Expected.district("CT05", JAN, JUN);
        Expected.Figure stock = Expected.district("CT09", JAN, JUN);
        List<Map<String, Cell>> rows = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu");
        assertDistrictRow(rows, "2024-H1", "CT05", flow);
        assertDistrictRow(rows, "2024-H1", "CT09", stock);
        assertThat(rows).as("no district sum of an indicator whose units do not add up")
                .noneMatch(r -> ReportFiles.text(r.get("Mã chỉ tiêu")).equals("CT01") && ReportFiles.text(r.get("Loại dòng")).equals("Tổng"));
        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(row(pdf, 5, "Hồ sơ thanh toán")).contains(flow.printed());
        assertThat(row(pdf, 9, "Công dân đủ điều kiện")).contains(stock.printed());
        String docx = ReportFiles.docxText(request.file(ReportFormat.DOCX));
        assertThat(docx).contains(flow.printed(), stock.printed());
    }

    @Test
    void halfYearPdfIsALegalDocumentWithEmbeddedVietnameseFonts() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF);

        jobs.startJob(request.toJobParameters(1));

        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(pdf).contains("ỦY BAN NHÂN DÂN", "HUYỆN TUY PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-UBND", "Tuy Phước, ngày 06 tháng 01 năm 2025", "BÁO CÁO",
                "Sơ kết 6 tháng đầu năm 2024", "Nơi nhận:", "- Lưu: VT, CAH.", "PHÓ CHỦ TỊCH", "Nguyễn Văn An");
        assertThat(pdf.lines().findFirst().orElseThrow()).as("no page number on page 1").doesNotContain("1");
        assertThat(ReportFiles.pdfFonts(request.file(ReportFormat.PDF)))
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font).contains("LiberationSerif").endsWith("embedded=true"));
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInTheXlsx() throws Exception {
        ReportRequest request = request(ReportKind.MONTHLY, "2024-05", ReportFormat.XLSX);

        jobs.startJob(request.toJobParameters(1));

        try (java.util.zip.ZipFile xlsx = new java.util.zip.ZipFile(request.file(ReportFormat.XLSX).toFile())) {
            StringBuilder sheets = new StringBuilder();
            StringBuilder strings = new StringBuilder();
            for (var entries = xlsx.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                String xml = new String(xlsx.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                (entry.getName().startsWith("xl/worksheets/") ? sheets : strings).append(xml);
            }
            assertThat(sheets.toString()).doesNotContain("<f>").doesNotContain("<f ");
            assertThat((strings.toString() + sheets).replace("&quot;", "\""))
                    .contains("=HYPERLINK(\"http://vi-du.vn\";\"bấm\") là chữ");
        }
    }

    @Test
    void aTextSeveralUnitsWroteIsQuotedOnceWithEveryUnitTaskAndMonth() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.DOCX);

        jobs.startJob(request.toJobParameters(1));

        String quote = "Chưa có hướng dẫn của tỉnh về tiêu chí đánh giá 42 mô hình.";
        String sources = "2 đơn vị nêu: " + unitName("CAH") + " (nhiệm vụ 7, tháng 03/2024, 04/2024); "
                + unitName("VPUB") + " (nhiệm vụ 2, tháng 01/2024).";
        for (String text : List.of(ReportFiles.pdfText(request.file(ReportFormat.PDF)),
                ReportFiles.docxText(request.file(ReportFormat.DOCX)))) {
            String flowing = text.replaceAll("\\s+", " ");
            assertThat(flowing.split(Pattern.quote(quote), -1)).as("times quoted").hasSize(2);
            assertThat(flowing).contains("“" + quote + "” " + sources);
        }
    }

    @Test
    void pagesStartTwentyMillimetresDownAndNoneIsEmpty() throws Exception {
        for (ReportRequest request : List.of(request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF),
                request(ReportKind.ANNUAL, "2024", ReportFormat.PDF), request(ReportKind.MONTHLY, "2024-05", ReportFormat.PDF))) {
            jobs.startJob(request.toJobParameters(1));

            Path pdf = request.file(ReportFormat.PDF);
            assertThat(ReportFiles.pdfTextTop(pdf, 1)).as("top of page 1 of " + pdf.getFileName()).isGreaterThan(56.5f);
            List<String> pages = ReportFiles.pdfPages(pdf);
            for (int page = 2; page <= pages.size(); page++) {
                List<String> lines = pages.get(page - 1).lines().filter(l -> !l.isBlank()).toList();
                assertThat(lines.get(0).trim()).as("number of page " + page + " of " + pdf.getFileName())
                        .isEqualTo(Integer.toString(page));
                assertThat(lines).as("page " + page + " of " + pdf.getFileName() + " holds more than its number").hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void docxOpensOnTheHeaderAndNumbersItsPagesInThePageHeader() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.DOCX);

        jobs.startJob(request.toJobParameters(1));

        Path docx = request.file(ReportFormat.DOCX);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            IBodyElement first = document.getBodyElements().get(0);
            assertThat(first).isInstanceOf(XWPFTable.class);
            assertThat(((XWPFTable) first).getText()).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(document.getTables().stream().flatMap(t -> t.getText().lines()).map(String::trim))
                    .as("page numbers of the PDF are not text in the document").noneMatch(l -> l.matches("\\d{1,2}"));
        }
        String body = ReportFiles.part(docx, "word/document.xml");
        List<String> sections = Pattern.compile("<w:sectPr>.*?</w:sectPr>", Pattern.DOTALL)
                .matcher(body).results().map(r -> r.group()).toList();
        assertThat(sections).as("report and appendix").hasSize(2);
        assertThat(sections.get(0)).contains("<w:titlePg/>")
                .contains("w:top=\"1134\"", "w:bottom=\"1134\"", "w:header=\"567\"");
        String firstPageHeader = headerReference(sections.get(0), "first");
        assertThat(sections.get(sections.size() - 1)).doesNotContain("<w:titlePg/>");
        for (String section : sections) {
            String header = headerReference(section, "default");
            String target = Pattern.compile("Id=\"" + header + "\"[^>]*Target=\"([^\"]+)\"").matcher(
                    ReportFiles.part(docx, "word/_rels/document.xml.rels")).results().map(r -> r.group(1)).findFirst().orElseThrow();
            assertThat(ReportFiles.part(docx, "word/" + target)).contains(" PAGE ").doesNotContain("w:type=\"page\"");
        }
        String firstPage = Pattern.compile("Id=\"" + firstPageHeader + "\"[^>]*Target=\"([^\"]+)\"").matcher(
                ReportFiles.part(docx, "word/_rels/document.xml.rels")).results().map(r -> r.group(1)).findFirst().orElseThrow();
        assertThat(ReportFiles.part(docx, "word/" + firstPage)).doesNotContain("PAGE");
        assertThat(body).as("no column narrower than 1 pt at the left of a table (LibreOffice collapses it)")
                .doesNotContainPattern("<w:tblGrid>\\s*<w:gridCol w:w=\"\\d\"/>");
    }

    @Test
    void docxIsEditableTextWithTheWordsAndFiguresOfThePdf() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.DOCX);

        jobs.startJob(request.toJobParameters(1));

        Path docx = request.file(ReportFormat.DOCX);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(p -> p.getText().strip()).toList();
            assertThat(headings).as("headings are paragraphs of the text, not cells of a page-sized table")
                    .contains("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "V. ĐỀ XUẤT, KIẾN NGHỊ");
            assertThat(document.getTables()).as("tables hold table rows, not pages")
                    .noneMatch(t -> t.getText().contains("II. KẾT QUẢ THỰC HIỆN"));
            assertThat(document.getParagraphs()).as("the drafter's paragraphs are marked")
                    .anyMatch(p -> p.getText().contains("Bài học") || p.getRuns().stream()
                            .anyMatch(r -> r.getCTR().getRPr() != null && r.getCTR().getRPr().sizeOfHighlightArray() > 0));
        }
        String body = ReportFiles.part(docx, "word/document.xml");
        assertThat(body).as("the appendix is a landscape section").contains("w:orient=\"landscape\"");

        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        String words = ReportFiles.docxText(docx);
        assertThat(figures(words)).as("the DOCX states the PDF's figures").containsAll(figures(pdf));
        assertThat(figures(pdf)).as("and no others").containsAll(figures(words));
        assertThat(words.replaceAll("\\s+", " ")).contains("Kết quả 6 tháng đầu năm 2024:", "Số liệu tính đến ngày");
    }

    /** The figures of a document's text (numbers with their "." and "," signs), page numbers left out. */
    private static java.util.Set<String> figures(String text) {
        return text.lines().filter(l -> !l.strip().matches("\\d{1,3}"))
                .flatMap(l -> Pattern.compile("\\d[\\d.,/]*\\d|\\d").matcher(l).results().map(r -> r.group()))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void annualFiguresTakeStocksAtYearEndAndSumFlows() throws Exception {
        ReportRequest request = request(ReportKind.ANNUAL, "2024", ReportFormat.PDF, ReportFormat.XLSX);

        JobExecution execution = jobs.startJob(request.toJobParameters(1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Expected.Figure stock = Expected.district("CT09", JAN, DEC);
        Expected.Figure flow = Expected.district("CT05", JAN, DEC);
        Expected.Figure people = Expected.district("CT13", JAN, DEC);
        List<Map<String, Cell>> rows = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu");
        assertDistrictRow(rows, "2024", "CT09", stock);
        assertDistrictRow(rows, "2024", "CT05", flow);
        assertDistrictRow(rows, "2024", "CT13", people);
        assertThat(people.denominator()).as("CT13 counts people at the year's end, not payments summed").isEqualTo(230);
        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(row(pdf, 9, "Công dân đủ điều kiện")).contains(stock.printed());
        assertThat(row(pdf, 13, "Đối tượng hưởng trợ cấp")).contains(people.printed());
        assertThat(pdf).contains("Xếp hạng các phòng, ban, ngành", "Xếp hạng UBND các xã, thị trấn",
                "Cách tính điểm: điểm của mỗi đơn vị = trung bình cộng các tỷ lệ", "Phụ lục 02");
        assertThat(ReportFiles.sheetNames(request.file(ReportFormat.XLSX)))
                .containsExactly("Báo cáo", "Phụ lục", "Dữ liệu chỉ tiêu", "Dữ liệu nhiệm vụ");
        for (String sheet : List.of("Báo cáo", "Phụ lục")) {
            assertThat(ReportFiles.sheetLines(request.file(ReportFormat.XLSX), sheet))
                    .as("no page numbers of the PDF in sheet " + sheet).noneMatch(l -> l.matches("\\d{1,2}"));
        }
    }

    @Test
    void everyUnitRowOfAMonthsDataSheetNamesItsSourceWorkbookAndCell() throws Exception {
        ReportRequest request = request(ReportKind.MONTHLY, "2024-03", ReportFormat.XLSX);

        jobs.startJob(request.toJobParameters(1));

        List<Map<String, Cell>> rows = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu");
        assertThat(rows).extracting(r -> ReportFiles.text(r.get("Kỳ")) + " " + ReportFiles.text(r.get("Loại kỳ")))
                .containsOnly("2024-03 Tháng");
        Map<String, Cell> march = rows.stream()
                .filter(r -> ReportFiles.text(r.get("Kỳ")).equals("2024-03") && ReportFiles.text(r.get("Mã đơn vị")).equals("VPUB")
                        && ReportFiles.text(r.get("Mã chỉ tiêu")).equals("CT05"))
                .findFirst().orElseThrow();
        Expected.Figure reported = Expected.unit("VPUB", "CT05", YearMonth.of(2024, 3));
        assertThat(ReportFiles.number(march.get("Tử số"))).isEqualTo(reported.numerator());
        assertThat(ReportFiles.number(march.get("Mẫu số"))).isEqualTo(reported.denominator());
        assertThat(ReportFiles.text(march.get("Tệp"))).isEqualTo("VPUB_2024-03.xlsx");
        assertThat(ReportFiles.text(march.get("Ô tử số"))).startsWith("Chỉ tiêu!");
        assertThat(rows).filteredOn(r -> ReportFiles.text(r.get("Loại dòng")).equals("Đơn vị"))
                .allSatisfy(r -> assertThat(ReportFiles.text(r.get("Ô tử số"))).startsWith("Chỉ tiêu!"))
                .allSatisfy(r -> assertThat(ReportFiles.text(r.get("Tệp"))).endsWith("_2024-03.xlsx"));
        List<Map<String, Cell>> tasks = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu nhiệm vụ");
        assertThat(tasks).isNotEmpty().allSatisfy(r -> assertThat(ReportFiles.text(r.get("Ô"))).startsWith("Nhiệm vụ!"));
    }

    @Test
    void aReviewsTaskSheetHoldsEachUnitsLatestRowOfThePeriodOncePerTask() throws Exception {
        ReportRequest halfYear = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.XLSX);
        ReportRequest year = request(ReportKind.ANNUAL, "2024", ReportFormat.XLSX);

        jobs.startJob(halfYear.toJobParameters(1));
        jobs.startJob(year.toJobParameters(2));

        for (ReportRequest request : List.of(halfYear, year)) {
            YearMonth last = request.kind() == ReportKind.ANNUAL ? DEC : JUN;
            List<Map<String, Cell>> tasks = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu nhiệm vụ");
            assertThat(tasks).extracting(r -> ReportFiles.text(r.get("Mã đơn vị")) + " " + ReportFiles.text(r.get("STT nhiệm vụ")))
                    .as("one row per unit and task in " + request.period()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(reportedTasks(JAN, last));
        }
        Map<String, Cell> june = taskRow(halfYear, "CAH", 6);
        assertThat(ReportFiles.text(june.get("Tháng báo cáo"))).isEqualTo("2024-06");
        assertThat(ReportFiles.text(june.get("Tình trạng"))).isEqualTo("Đang triển khai");
        assertThat(ReportFiles.text(june.get("Tệp"))).isEqualTo("CAH_2024-06.xlsx");
        Map<String, Cell> december = taskRow(year, "CAH", 6);
        assertThat(ReportFiles.text(december.get("Tháng báo cáo"))).isEqualTo("2024-12");
        assertThat(ReportFiles.text(december.get("Tình trạng"))).isEqualTo("Hoàn thành");
        assertThat(december.get("Ngày hoàn thành").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(ReportFiles.text(december.get("Tệp"))).isEqualTo("CAH_2024-12.xlsx");
        assertThat(ReportFiles.text(taskRow(year, "PTCKH", 4).get("Tháng báo cáo")))
                .as("a unit's last workbook of the year").isEqualTo(lastAccepted("PTCKH", DEC).toString());
    }

    /** "unit task" of every task a unit reported in an accepted workbook of months first..last (fixture). */
    private static List<String> reportedTasks(YearMonth first, YearMonth last) {
        Map<String, ReportFixture.Submission> byId = ReportFixture.submissions().stream()
                .collect(java.util.stream.Collectors.toMap(ReportFixture.Submission::id, s -> s));
        return ReportFixture.taskProgress().stream()
                .filter(p -> {
                    YearMonth latest = lastAccepted(p.unit(), last);
                    return latest != null && !latest.isBefore(first) && !latest.isBefore(byId.get(p.from()).month());
                })
                .map(p -> p.unit() + " " + p.task()).distinct().toList();
    }

    private static YearMonth lastAccepted(String unit, YearMonth last) {
        return ReportFixture.submissions().stream()
                .filter(s -> s.unit().equals(unit) && s.status().equals("accepted") && !s.month().isAfter(last))
                .map(ReportFixture.Submission::month).max(YearMonth::compareTo).orElse(null);
    }

    private static Map<String, Cell> taskRow(ReportRequest request, String unit, int task) throws Exception {
        return ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu nhiệm vụ").stream()
                .filter(r -> ReportFiles.text(r.get("Mã đơn vị")).equals(unit) && ReportFiles.text(r.get("STT nhiệm vụ")).equals(String.valueOf(task)))
                .findFirst().orElseThrow();
    }

    @Test
    void theUnitRowsOfTheDataSheetAddUpToItsTotalRows() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.XLSX);

        jobs.startJob(request.toJobParameters(1));

        List<Map<String, Cell>> rows = ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu");
        assertThat(rows).extracting(r -> ReportFiles.text(r.get("Loại dòng"))).containsOnly("Đơn vị", "Tổng");
        assertThat(rows).as("a review's figures for its period; the months are in the monthly reports")
                .extracting(r -> ReportFiles.text(r.get("Kỳ")) + " " + ReportFiles.text(r.get("Loại kỳ"))).containsOnly("2024-H1 Cả kỳ");
        Map<String, List<Map<String, Cell>>> groups = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> ReportFiles.text(r.get("Kỳ")) + " " + ReportFiles.text(r.get("Mã chỉ tiêu"))));
        int totals = 0;
        for (List<Map<String, Cell>> group : groups.values()) {
            List<Map<String, Cell>> total = group.stream().filter(r -> ReportFiles.text(r.get("Loại dòng")).equals("Tổng")).toList();
            if (total.isEmpty()) {
                continue;
            }
            totals++;
            for (String column : List.of("Tử số", "Mẫu số")) {
                double units = group.stream().filter(r -> ReportFiles.text(r.get("Loại dòng")).equals("Đơn vị"))
                        .mapToDouble(r -> ReportFiles.number(r.get(column))).sum();
                Cell district = total.get(0).get(column);
                assertThat(units).as(column + " of " + ReportFiles.text(total.get(0).get("Kỳ")) + " "
                        + ReportFiles.text(total.get(0).get("Mã chỉ tiêu")))
                        .isEqualTo(ReportFiles.text(district).isEmpty() ? 0 : ReportFiles.number(district));
            }
        }
        assertThat(totals).as("a total row per indicator whose units add up").isEqualTo(jdbc.sql(
                "SELECT count(*) FROM dim_indicator i JOIN dim_plan p USING (plan_key) WHERE p.code = :plan AND i.combine = 'sum'")
                .param("plan", ReportFixture.PLAN).query(Integer.class).single());
    }

    @Test
    void monthlyReportCountsOnlyTheLatestWorkbookAndSaysWhoReported() throws Exception {
        YearMonth may = YearMonth.of(2024, 5);
        ReportRequest request = request(ReportKind.MONTHLY, "2024-05", ReportFormat.PDF, ReportFormat.XLSX);

        jobs.startJob(request.toJobParameters(1));

        Expected.Figure stock = Expected.district("CT09", may, may);
        assertDistrictRow(ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu"), "2024-05", "CT09", stock);
        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(row(pdf, 9, "Công dân đủ điều kiện")).contains(stock.printed());
        for (String unit : List.of("CAH", "VPUB", "21952", "21955", "PTCKH", "PLDTBXH", "PYT")) {
            String name = unitName(unit);
            String expected = ReportFixture.submissions().stream()
                    .filter(s -> s.unit().equals(unit) && s.month().equals(may) && !s.status().equals("rejected"))
                    .min(java.util.Comparator.comparing(ReportFixture.Submission::received))
                    .map(s -> s.onTime() ? "Đúng hạn" : "Trễ hạn").orElse("Chưa báo cáo");
            assertThat(line(pdf, name.length() > 18 ? name.substring(0, 18) : name + " ")).as(unit).contains(expected);
        }
    }

    @Test
    void aPeriodWithoutDataSaysSoInsteadOfPrintingZeros() throws Exception {
        ReportRequest request = request(ReportKind.MONTHLY, "2024-10", ReportFormat.PDF, ReportFormat.XLSX);

        JobExecution execution = jobs.startJob(request.toJobParameters(1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String pdf = ReportFiles.pdfText(request.file(ReportFormat.PDF));
        assertThat(pdf).contains("Chưa có số liệu báo cáo cho kỳ tháng 10/2024").doesNotContain("0,00").doesNotContain("%");
        assertThat(ReportFiles.sheetRows(request.file(ReportFormat.XLSX), "Dữ liệu chỉ tiêu"))
                .allSatisfy(r -> assertThat(r.get("Tỷ lệ (%)") == null ? "" : ReportFiles.text(r.get("Tỷ lệ (%)"))).isEmpty());
    }

    @Test
    void aRunIsRecordedInTheJobRepository() throws Exception {
        ReportRequest request = request(ReportKind.MONTHLY, "2024-04", ReportFormat.PDF);
        JobParameters parameters = request.toJobParameters(1);

        jobs.startJob(parameters);

        JobExecution recorded = jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME, parameters);
        assertThat(recorded).isNotNull();
        assertThat(recorded.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(recorded.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder("reportFill", "reportExport");
        assertThat(Files.exists(request.file(ReportFormat.PDF))).isTrue();
        assertThat(workFiles.instances()).as("work files of the completed run").doesNotContain(recorded.getJobInstanceId());
    }

    @Test
    void aFailedRunRestartsWhereItStopped() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.XLSX);
        Path blocker = Files.createDirectories(request.file(ReportFormat.XLSX));
        Files.writeString(blocker.resolve("keep.txt"), "a folder where the workbook should go");

        JobExecution failed = jobs.startJob(request.toJobParameters(1));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Files.isRegularFile(request.file(ReportFormat.PDF))).isTrue();
        assertThat(workFiles.instances()).as("the filled report kept for the restart").contains(failed.getJobInstanceId());
        FileTime pdfWritten = Files.getLastModifiedTime(request.file(ReportFormat.PDF));
        Files.delete(blocker.resolve("keep.txt"));
        Files.delete(blocker);

        JobExecution restarted = jobs.getJobOperator().restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("reportExport");
        assertThat(restarted.getStepExecutions()).singleElement().extracting(StepExecution::getWriteCount)
                .as("formats written by the restart").isEqualTo(1L);
        assertThat(Files.isRegularFile(request.file(ReportFormat.XLSX))).isTrue();
        assertThat(Files.getLastModifiedTime(request.file(ReportFormat.PDF))).isEqualTo(pdfWritten);
        assertThat(workFiles.instances()).doesNotContain(failed.getJobInstanceId());
    }

    @Test
    void aReviewsTaskTableCountsTheCooperatingUnitsThatReportedTheTaskInProgressOrDoneDuringThePeriod() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.XLSX);
        jobs.startJob(request.toJobParameters(1));
        Map<String, YearMonth> monthOf = ReportFixture.submissions().stream()
                .collect(Collectors.toMap(ReportFixture.Submission::id, ReportFixture.Submission::month, (a, b) -> a));
        Map<Integer, String> expected = new TreeMap<>();
        for (Map<String, Object> task : jdbc.sql("""
                SELECT t.number, array_agg(u.code ORDER BY u.code) AS cooperating
                FROM dim_task t JOIN v_task_unit tu ON tu.task_key = t.task_key AND NOT tu.is_lead
                JOIN dim_unit u ON u.unit_key = tu.unit_key JOIN dim_plan p ON p.plan_key = t.plan_key
                WHERE p.code = :plan GROUP BY t.number""").param("plan", ReportFixture.PLAN).query().listOfRows()) {
            int number = ((Number) task.get("number")).intValue();
            List<String> cooperating = List.of((String[]) ((java.sql.Array) task.get("cooperating")).getArray());
            long active = ReportFixture.taskProgress().stream()
                    .filter(p -> p.task() == number && cooperating.contains(p.unit())
                            && List.of("in_progress", "done").contains(p.status())
                            && !monthOf.get(p.from()).isAfter(YearMonth.of(2024, 6)))
                    .map(ReportFixture.TaskProgress::unit).distinct().count();
            expected.put(number, active + "/" + cooperating.size() + " đơn vị tham gia; 0 đơn vị có kết quả");
        }
        assertThat(expected.values()).as("the fixture has cooperating units that took part").anyMatch(t -> !t.startsWith("0/"));

        Map<Integer, String> printed = new TreeMap<>();
        for (String line : ReportFiles.sheetLines(request.file(ReportFormat.XLSX), "Phụ lục")) {
            Matcher row = Pattern.compile("^(\\d+)\\t.*?(\\d+/\\d+ đơn vị tham gia; \\d+ đơn vị có kết quả)").matcher(line);
            if (row.find()) {
                printed.put(Integer.valueOf(row.group(1)), row.group(2));
            }
        }
        assertThat(printed).as("Phụ lục 01, by task number").isEqualTo(expected);
    }

    @Test
    void aFormatThatCannotBeWrittenLeavesNoPartFileAndTheRestartWritesEveryFormat() throws Exception {
        ReportRequest request = request(ReportKind.HALF_YEAR, "2024-H1", ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX);
        Path blocker = Files.createDirectories(request.file(ReportFormat.PDF));
        Files.writeString(blocker.resolve("keep.txt"), "a folder where the PDF should go");

        JobExecution failed = jobs.startJob(request.toJobParameters(1));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Files.exists(request.file(ReportFormat.DOCX))).as("no format after the failed one is written").isFalse();
        assertThat(Files.exists(request.file(ReportFormat.XLSX))).isFalse();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("files left in the reports folder")
                    .containsExactly(blocker.getFileName().toString());
        }
        Files.delete(blocker.resolve("keep.txt"));
        Files.delete(blocker);

        JobExecution restarted = jobs.getJobOperator().restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(request.files()).allSatisfy(f -> assertThat(f).isRegularFile());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    private static void assertDistrictRow(List<Map<String, Cell>> rows, String period, String indicator, Expected.Figure expected) {
        Map<String, Cell> row = rows.stream()
                .filter(r -> ReportFiles.text(r.get("Kỳ")).equals(period) && ReportFiles.text(r.get("Mã đơn vị")).equals("550")
                        && ReportFiles.text(r.get("Mã chỉ tiêu")).equals(indicator))
                .findFirst().orElseThrow(() -> new AssertionError("no district row for " + indicator + " in " + period));
        assertThat(ReportFiles.number(row.get("Tử số"))).isEqualTo(expected.numerator());
        assertThat(ReportFiles.number(row.get("Mẫu số"))).isEqualTo(expected.denominator());
        assertThat(BigDecimal.valueOf(ReportFiles.number(row.get("Tỷ lệ (%)")))).isEqualByComparingTo(expected.ratio());
    }

    /** The relationship id of a section's page header of the given type ("default", "first"). */
    private static String headerReference(String section, String type) {
        return Pattern.compile("<w:headerReference[^>]*>").matcher(section).results().map(r -> r.group())
                .filter(e -> e.contains("w:type=\"" + type + "\""))
                .map(e -> e.replaceAll(".*r:id=\"(\\w+)\".*", "$1")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " page header in " + section));
    }

    /** The PDF line where the indicator table's row of the numbered target starts (its number, then its name). */
    private static String row(String text, int number, String nameStart) {
        return text.lines().filter(l -> l.trim().matches(number + "\\s+" + java.util.regex.Pattern.quote(nameStart) + ".*"))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + number + " " + nameStart));
    }

    /** The PDF line where a table row starts, found by the start of its first cell (a unit name). */
    private static String line(String text, String start) {
        return text.lines().filter(l -> l.trim().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start));
    }

    private String unitName(String code) {
        return jdbc.sql("SELECT report_unit_label(kind, name) FROM dim_unit WHERE code = :c ORDER BY valid_from LIMIT 1").param("c", code)
                .query(String.class).single();
    }

    private ReportRequest request(ReportKind kind, String period, ReportFormat... formats) {
        return new ReportRequest(ReportFixture.PLAN, kind, period, List.of(formats), out, LocalDate.of(2025, 1, 6));
    }
}
