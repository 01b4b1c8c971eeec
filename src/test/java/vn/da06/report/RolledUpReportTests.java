package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.da06.cli.Cli;
import vn.da06.support.CliRun;

/**
 * A report for a plan with more units than a document can list (the district's 28 above a limit of 3 here, as a
 * province's thousands of communes are above 40): its body sums reporting up by group of units and stays short, its
 * appendices name only the units that need attention, at most {@code da06.report.units-listed} (2 here) per table,
 * the worst first, and say how many more there are; the XLSX data sheets hold every unit, and the figures printed
 * for a listed unit are those of its rows there. The monthly report names the units late or missing the same way.
 */
@ReportSpringTest
@TestPropertySource(properties = {"da06.test.context=rolled-up-report", "da06.report.roll-up-above=3",
        "da06.report.units-listed=2"})
class RolledUpReportTests extends FixtureReportTest {

    private static final int LISTED = 2;

    @Autowired
    Cli cli;

    @Test
    void theBodyIsShortAndTheAppendicesNameOnlyTheUnitsNeedingAttentionAsTheDataSheetsHaveThem() throws IOException {
        CliRun run = CliRun.run(cli, "report", "half-year", "--period", "2024-H1", "--format", "pdf,xlsx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path pdf = out.resolve("half-year_2024-H1.pdf");
        Path xlsx = out.resolve("half-year_2024-H1.xlsx");
        List<String> pages = ReportFiles.pdfPages(pdf);
        int body = 0;
        while (!pages.get(body).contains("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐẾN HẾT")) { // the title of Phụ lục 01
            body++;
        }
        assertThat(body).as("pages before the appendices").isBetween(1, 10);
        String bodyText = String.join(" ", pages.subList(0, body)).replaceAll("\\s+", " ");
        assertThat(bodyText).contains("Theo nhóm đơn vị:", "Tổng cộng (28 đơn vị)")
                .containsPattern("Các xã, thị trấn \\(13 [^)]{0,60}\\)");

        // Every unit's reporting of every month is in the data sheet; a unit needs attention when it reported a
        // month late, did not report one, or had a workbook rejected.
        List<Map<String, Cell>> reporting = ReportFiles.sheetRows(xlsx, "Dữ liệu báo cáo");
        assertThat(reporting.stream().map(r -> ReportFiles.text(r.get("Tên đơn vị"))).distinct()).hasSize(28);
        Map<String, List<Map<String, Cell>>> byUnit = reporting.stream()
                .collect(Collectors.groupingBy(r -> ReportFiles.text(r.get("Tên đơn vị"))));
        Set<String> needingAttention = byUnit.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(r -> Set.of("Trễ hạn", "Chưa báo cáo").contains(
                        ReportFiles.text(r.get("Tình trạng báo cáo"))) || ReportFiles.number(r.get("Số bản bị trả lại")) > 0))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(needingAttention).as("the fixture has units late or missing").hasSizeGreaterThan(LISTED);

        List<String> appendix = ReportFiles.sheetLines(xlsx, "Phụ lục");
        List<List<String>> listedRows = rowsOfUnits(section(appendix, "Phụ lục 03", "Phụ lục 04"), byUnit.keySet());
        assertThat(listedRows).hasSize(LISTED);
        for (List<String> row : listedRows) {
            String unit = row.get(0);
            assertThat(needingAttention).contains(unit);
            // name, months due, reported, on time, late, missing, rejected, on-time share
            assertThat(Integer.parseInt(row.get(4))).as(unit + " late").isEqualTo(count(byUnit.get(unit), "Trễ hạn"));
            assertThat(Integer.parseInt(row.get(5))).as(unit + " not reported").isEqualTo(count(byUnit.get(unit), "Chưa báo cáo"));
        }
        assertThat(String.join(" ", appendix)).contains("Còn " + (needingAttention.size() - LISTED)
                + " đơn vị khác có báo cáo trễ hạn, chưa báo cáo hoặc bị trả lại");

        // Per target, at most two units, each below the target or without figures.
        List<String> targets = section(appendix, "Phụ lục 02", "Phụ lục 03");
        List<List<String>> targetRows = rowsOfUnits(targets, byUnit.keySet());
        assertThat(targetRows).isNotEmpty().allSatisfy(row -> assertThat(row).containsAnyOf("Chưa đạt", "chưa có số liệu"));
        assertThat(String.join(" ", targets)).contains("đơn vị chưa đạt mục tiêu hoặc chưa có số liệu; dưới đây nêu "
                + LISTED + " đơn vị xa mục tiêu nhất");
        long headings = targets.stream().filter(line -> line.matches("\\d+\\. .*\\(mục tiêu .*")).count();
        assertThat(targetRows.size()).isLessThanOrEqualTo((int) headings * LISTED);
        List<Map<String, Cell>> indicators = ReportFiles.sheetRows(xlsx, "Dữ liệu chỉ tiêu");
        for (List<String> row : targetRows) {
            if (row.contains("Chưa đạt")) {
                assertThat(indicators).as(row.get(0)).anySatisfy(r -> {
                    assertThat(ReportFiles.text(r.get("Tên đơn vị"))).isEqualTo(row.get(0));
                    assertThat(ReportFiles.text(r.get("Loại kỳ"))).isEqualTo("Cả kỳ");
                    assertThat(ReportFiles.text(r.get("Đạt mục tiêu"))).isEqualTo("Chưa đạt");
                });
            }
        }
    }

    @Test
    void theMonthlyReportNamesOnlyTheUnitsThatHaveNotReportedOnTimeAndCountsTheOthers() throws IOException {
        CliRun run = CliRun.run(cli, "report", "monthly", "--period", "2024-06", "--format", "pdf,xlsx", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path xlsx = out.resolve("monthly_2024-06.xlsx");
        long needingAttention = ReportFiles.sheetRows(xlsx, "Dữ liệu báo cáo").stream()
                .filter(r -> Set.of("Trễ hạn", "Chưa báo cáo").contains(ReportFiles.text(r.get("Tình trạng báo cáo")))
                        || ReportFiles.number(r.get("Số bản bị trả lại")) > 0)
                .count();
        assertThat(needingAttention).isGreaterThan(LISTED);
        String text = ReportFiles.pdfText(out.resolve("monthly_2024-06.pdf")).replaceAll("\\s+", " ");
        // A target's note names at most LISTED of the units without figures, then counts the others.
        List<String> withoutFigures = Pattern.compile("chưa có số liệu: ([^.;]*)\\.").matcher(text).results()
                .map(m -> m.group(1)).toList();
        assertThat(withoutFigures).isNotEmpty().allSatisfy(names -> assertThat(
                names.replaceAll(" và \\d+ đơn vị khác$", "").split(", ")).hasSizeLessThanOrEqualTo(LISTED));
        assertThat(withoutFigures).anySatisfy(names -> assertThat(names).endsWith(" và 10 đơn vị khác"));
        assertThat(text).contains("Theo nhóm đơn vị:", "Tổng cộng (28 đơn vị)",
                "Các đơn vị chưa báo cáo, báo cáo trễ hạn hoặc có báo cáo bị trả lại:",
                "Còn " + (needingAttention - LISTED) + " đơn vị khác chưa báo cáo, báo cáo trễ hạn hoặc có báo cáo bị trả lại");
    }

    private static List<String> section(List<String> lines, String from, String to) {
        int start = indexOf(lines, from, 0);
        return lines.subList(start, indexOf(lines, to, start));
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }

    /**
     * The rows of a part of the sheet that name a unit in their first cell or after a row number, from that cell on,
     * the unit as the data sheets name it (the document names a commune's people's committee: "UBND xã Phước Thắng"
     * for Xã Phước Thắng).
     */
    private static List<List<String>> rowsOfUnits(List<String> lines, Set<String> units) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = List.of(line.split("\t"));
            for (int at = 0; at < Math.min(2, cells.size()); at++) {
                String cell = cells.get(at);
                Optional<String> unit = units.stream()
                        .filter(u -> cell.equals(u) || cell.equals("UBND " + lowerFirst(u))).findFirst();
                if (unit.isPresent()) {
                    List<String> row = new ArrayList<>(cells.subList(at, cells.size()));
                    row.set(0, unit.get());
                    rows.add(row);
                    break;
                }
            }
        }
        return rows;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static long count(List<Map<String, Cell>> months, String status) {
        return months.stream().filter(r -> ReportFiles.text(r.get("Tình trạng báo cáo")).equals(status)).count();
    }
}
