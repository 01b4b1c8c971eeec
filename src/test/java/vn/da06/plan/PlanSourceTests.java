package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled plan data against the plan as issued (the text in shared/plan/, beside the repository): every task's
 * six fields of the appendix and every target of section II, so that the two cannot drift apart.
 */
class PlanSourceTests {

    private static final Path PLAN_DATA = Path.of("src/main/resources/plan/tuy-phuoc-2024");
    private static String source;

    @BeforeAll
    static void readTheIssuedPlan() throws IOException {
        Path folder = Stream.of(Path.of("../shared/plan"), Path.of("../../shared/plan"), Path.of("/work/shared/plan"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new AssertionError("the issued plan text (shared/plan/) is not beside the repository"));
        try (Stream<Path> files = Files.list(folder)) {
            Path text = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            source = Files.readString(text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTaskHasTheSixFieldsOfTheAppendix() throws IOException {
        List<String[]> issued = appendixRows();
        List<CSVRecord> data = csv("tasks.csv").stream().filter(r -> r.get(0).matches("\\d+")).toList();

        assertThat(data).hasSize(32);
        assertThat(issued).hasSameSizeAs(data);
        for (int i = 0; i < issued.size(); i++) {
            for (int field = 0; field < 6; field++) {
                assertThat(plain(data.get(i).get(field))).as("task " + issued.get(i)[0] + ", field " + (field + 1))
                        .isEqualTo(plain(issued.get(i)[field]));
            }
        }
    }

    @Test
    void everyTargetOfSectionTwoIsAnIndicatorWithItsPercentage() throws IOException {
        String section = source.substring(source.indexOf("II. MỤC TIÊU"), source.indexOf("III. NHIỆM VỤ"));
        List<String> targets = section.lines().map(String::strip).filter(l -> l.contains("%"))
                .map(l -> l.replaceFirst("^(- |\\d\\. )", "")).toList();
        List<CSVRecord> indicators = csv("indicators.csv");

        assertThat(targets).hasSize(12);
        for (String target : targets) {
            List<CSVRecord> measuring = indicators.stream().filter(r -> plain(r.get("plan_text")).equals(plain(target))).toList();
            assertThat(measuring).as(target).isNotEmpty();
            BigDecimal percent = new BigDecimal(target.substring(0, target.indexOf('%')));
            assertThat(measuring).as(target).allSatisfy(r -> assertThat(new BigDecimal(r.get("target"))).isEqualByComparingTo(percent));
        }
        for (CSVRecord indicator : indicators) {
            String text = indicator.get("plan_text").replaceFirst("^Nhiệm vụ \\d+: theo hướng ", "");
            assertThat(plain(source)).as(indicator.get("code")).contains(plain(text));
            Matcher percent = Pattern.compile("(\\d+)%").matcher(text);
            assertThat(percent.find()).isTrue();
            assertThat(new BigDecimal(indicator.get("target"))).as(indicator.get("code"))
                    .isEqualByComparingTo(new BigDecimal(percent.group(1)));
        }
    }

    /**
     * The appendix's task rows, tab-separated: STT, nội dung, chủ trì, phối hợp, sản phẩm, thời hạn. A row broken
     * across a page goes on after the repeated column titles in a row without STT, whose cells continue its cells.
     */
    private static List<String[]> appendixRows() {
        List<String[]> rows = new ArrayList<>();
        String appendix = source.substring(source.indexOf("STT\tNội dung, nhiệm vụ cụ thể"));
        for (String line : appendix.lines().toList()) {
            if (line.isBlank() || line.startsWith("STT\t") || line.startsWith("<b>")) {
                continue;
            }
            String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), 6);
            if (cells[0] != null && !cells[0].isBlank()) {
                rows.add(cells);
            } else {
                String[] row = rows.get(rows.size() - 1);
                for (int c = 1; c < 6; c++) {
                    if (cells[c] != null && !cells[c].isBlank()) {
                        row[c] = (row[c] == null ? "" : row[c] + " ") + cells[c];
                    }
                }
            }
        }
        return rows;
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(PLAN_DATA.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** Text as read: without markup, runs of spaces as one, no space inside brackets. */
    private static String plain(String text) {
        return text == null ? "" : text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").replace("( ", "(")
                .replace(" )", ")").strip();
    }
}
