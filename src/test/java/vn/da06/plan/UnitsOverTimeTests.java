package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.support.Da06SpringTest;

/**
 * Units as a hierarchy that changes over time, from the plan data: Tuy Phước's 13 communes and towns of 2024 under
 * the district under Bình Định, merged on 01/7/2025 into four communes directly under Gia Lai, with the codes the
 * statistics office reused (a code alone names no unit over time).
 */
@Da06SpringTest
class UnitsOverTimeTests {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void bothBundledPlansLoaded() {
        BundledPlan.codes().forEach(importer::importBundled);
    }

    @Test
    void aReusedCodeNamesADifferentUnitBeforeAndAfterTheMerger() {
        assertThat(nameOn("21964", "2025-06-30")).isEqualTo("Xã Phước Quang");
        assertThat(nameOn("21964", "2025-07-01")).isEqualTo("Xã Tuy Phước Bắc");
        assertThat(nameOn("21952", "2024-12-31")).isEqualTo("Thị trấn Tuy Phước");
        assertThat(nameOn("21952", "2025-07-01")).isEqualTo("Xã Tuy Phước");
        assertThat(nameOn("52", "2024-12-31")).isEqualTo("Tỉnh Bình Định");
        assertThat(nameOn("52", "2025-07-01")).isEqualTo("Tỉnh Gia Lai");
    }

    @Test
    void eachNewCommuneHasItsPredecessorsAndTheProvinceAsParent() {
        Map<String, String> predecessors = jdbc.sql("""
                SELECT n.name, string_agg(o.name, ', ' ORDER BY o.code) AS predecessors
                FROM dim_unit n JOIN dim_unit o ON o.successor_unit_key = n.unit_key
                WHERE n.valid_from = date '2025-07-01' AND n.kind = 'commune'
                GROUP BY n.name""").query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(predecessors).containsOnly(
                Map.entry("Xã Tuy Phước", "Thị trấn Tuy Phước, Thị trấn Diêu Trì, Xã Phước Lộc, Xã Phước Nghĩa, Xã Phước Thuận"),
                Map.entry("Xã Tuy Phước Bắc", "Xã Phước Hưng, Xã Phước Quang, Xã Phước Hiệp"),
                Map.entry("Xã Tuy Phước Đông", "Xã Phước Thắng, Xã Phước Hòa, Xã Phước Sơn"),
                Map.entry("Xã Tuy Phước Tây", "Xã Phước An, Xã Phước Thành"));
        assertThat(jdbc.sql("""
                SELECT DISTINCT p.name || ' ' || p.code || ' ' || p.valid_from FROM dim_unit n
                JOIN dim_unit p ON p.unit_key = n.parent_unit_key
                WHERE n.code IN ('21952', '21964', '21970', '21985') AND n.valid_from = date '2025-07-01'""")
                .query(String.class).list()).containsExactly("Tỉnh Gia Lai 52 2025-07-01");
    }

    @Test
    void beforeTheMergerACommuneSitsUnderTheDistrictUnderTheProvince() {
        assertThat(jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT u.unit_key, u.parent_unit_key, u.name, 0 AS depth FROM dim_unit u
                    WHERE u.code = '21964' AND u.valid_from = date '2000-01-01'
                    UNION ALL
                    SELECT p.unit_key, p.parent_unit_key, p.name, up.depth + 1 FROM up JOIN dim_unit p ON p.unit_key = up.parent_unit_key)
                SELECT string_agg(name, ' < ' ORDER BY depth) FROM up""").query(String.class).single())
                .isEqualTo("Xã Phước Quang < Huyện Tuy Phước < Tỉnh Bình Định");
    }

    @Test
    void theProvincePlanBelongsToTheProvinceOf2025() {
        assertThat(jdbc.sql("""
                SELECT u.name || ' ' || u.valid_from FROM dim_plan p JOIN dim_unit u ON u.unit_key = p.district_unit_key
                WHERE p.code = 'GIALAI-2025'""").query(String.class).single()).isEqualTo("Tỉnh Gia Lai 2025-07-01");
    }

    @Test
    void aUnitBothBundledPlansNameIsWrittenTheSameInEach() throws IOException {
        Map<String, CSVRecord> district = units("tuy-phuoc-2024");
        Map<String, CSVRecord> province = units("gia-lai-2025");
        List<String> shared = district.keySet().stream().filter(province::containsKey).toList();
        assertThat(shared).contains("52@2025-07-01", "21952@2025-07-01", "21964@2025-07-01", "21970@2025-07-01",
                "21985@2025-07-01");
        shared.forEach(id -> assertThat(province.get(id).toList()).as(id).isEqualTo(district.get(id).toList()));
    }

    @Test
    void aSuccessorThatNamesNoUnitOnTheDayAfterFailsWithFileAndRow() throws IOException {
        Path dir = BundledPlan.extract();
        Path units = dir.resolve("units.csv");
        Files.writeString(units, Files.readString(units).replace(
                "Xã Phước Quang,commune,21964,550,UBND xã Phước Quang|Phước Quang,2000-01-01,2025-06-30,21964@2025-07-01",
                "Xã Phước Quang,commune,21964,550,UBND xã Phước Quang|Phước Quang,2000-01-01,2025-06-29,21964@2025-07-01"));

        assertThatThrownBy(() -> importer.importFrom(dir)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("units.csv, dòng 39, đơn vị 21964: đơn vị kế thừa 21964@2025-07-01 không tồn tại vào ngày 2025-06-30");
    }

    @Test
    void aBareSuccessorCodeIsTheUnitValidTheDayAfterThePredecessorEnds() throws IOException {
        Path dir = BundledPlan.extract();
        Path units = dir.resolve("units.csv");
        Files.writeString(units, Files.readString(units).replace("2000-01-01,2025-06-30,21964@2025-07-01", "2000-01-01,2025-06-30,21964")
                .replace("TUYPHUOC-2024", "TEST-BARE"));
        Files.writeString(dir.resolve("plan.yml"), Files.readString(dir.resolve("plan.yml")).replace("TUYPHUOC-2024", "TEST-BARE"));

        PlanStore.LoadResult loaded = importer.importFrom(dir);

        assertThat(loaded.changes()).noneMatch(c -> c.entity().equals("unit"));
        assertThat(jdbc.sql("""
                SELECT n.name FROM dim_unit o JOIN dim_unit n ON n.unit_key = o.successor_unit_key
                WHERE o.code = '21964' AND o.valid_from = date '2000-01-01'""").query(String.class).single())
                .isEqualTo("Xã Tuy Phước Bắc");
    }

    private String nameOn(String code, String day) {
        return jdbc.sql("SELECT name FROM dim_unit WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("c", code).param("d", LocalDate.parse(day)).query(String.class).single();
    }

    /** The rows of a bundled plan's units.csv by unit id (code@valid_from). */
    private static Map<String, CSVRecord> units(String folder) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/plan", folder, "units.csv"), StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords().stream()
                    .collect(Collectors.toMap(r -> r.get("code") + "@" + r.get("valid_from"), Function.identity()));
        }
    }
}
