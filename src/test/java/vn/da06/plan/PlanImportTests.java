package vn.da06.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.support.Da06SpringTest;

@Da06SpringTest
class PlanImportTests {

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void bundledPlanLoaded() {
        importer.importBundled();
    }

    @Test
    void theTuyPhuocPlanHas32TasksIn7GroupsAnd13CommunesAndTowns() {
        assertThat(count("SELECT count(*) FROM dim_task t JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024'")).isEqualTo(32);
        assertThat(jdbc.sql("""
                SELECT g.code || ':' || count(t.task_key) FROM dim_task_group g JOIN dim_plan p USING (plan_key)
                JOIN dim_task t USING (task_group_key) WHERE p.code = 'TUYPHUOC-2024' GROUP BY g.code, g.seq ORDER BY g.seq""")
                .query(String.class).list())
                .containsExactly("I:8", "II:7", "III:2", "IV:5", "V:5", "VI:1", "VII:4");
        assertThat(jdbc.sql("""
                SELECT u.name FROM dim_unit_group g JOIN dim_plan p USING (plan_key) JOIN dim_unit_group_member m USING (unit_group_key)
                JOIN dim_unit u USING (unit_key) WHERE p.code = 'TUYPHUOC-2024' AND g.code = 'XA' AND u.kind IN ('commune', 'town')
                  AND u.valid_from <= date '2024-01-01' AND (u.valid_to IS NULL OR u.valid_to >= date '2024-12-31')""")
                .query(String.class).list())
                .hasSize(13).contains("Thị trấn Tuy Phước", "Thị trấn Diêu Trì", "Xã Phước An", "Xã Phước Thành");
        assertThat(count("SELECT count(*) FROM dim_indicator JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024'")).isEqualTo(14);
    }

    @Test
    void everyDeadlineIsParsedIntoItsRule() {
        Map<Integer, String> rules = Map.of(
                1, "due_date 2024-02-29 ", 3, "due_date 2024-03-31 ", 7, "monthly  22", 8, "continuous  ",
                9, "conditional  ", 10, "monthly  ", 11, "due_date 2024-12-31 ", 16, "conditional  ",
                19, "due_date 2024-06-30 ", 17, "continuous  ");
        rules.forEach((number, rule) -> assertThat(jdbc.sql("""
                SELECT t.deadline_kind || ' ' || coalesce(t.due_date::text, '') || ' ' || coalesce(t.monthly_day::text, '')
                FROM dim_task t JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024' AND t.number = :n""").param("n", number).query(String.class).single())
                .as("task %d", number).isEqualTo(rule));
        assertThat(jdbc.sql("SELECT t.starts_on FROM dim_task t JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024' AND t.number = 17").query(String.class).single()).isEqualTo("2024-01-01");
        assertThat(jdbc.sql("SELECT condition_text FROM dim_task JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024' AND number = 9").query(String.class).single())
                .isEqualTo("Sau khi tỉnh triển khai");
    }

    @Test
    void task13IsLedByTheDistrictOfficesGroupAndTheCommunes() {
        assertThat(jdbc.sql("""
                SELECT g.code FROM bridge_task_assignee a JOIN dim_task t USING (task_key)
                JOIN dim_unit_group g USING (unit_group_key) JOIN dim_plan p ON p.plan_key = t.plan_key
                WHERE p.code = 'TUYPHUOC-2024' AND t.number = 13 AND a.role = 'lead' ORDER BY a.seq""")
                .query(String.class).list()).containsExactly("PBN", "XA");
        List<String> leads = jdbc.sql("""
                SELECT u.code FROM v_task_unit tu JOIN dim_task t USING (task_key) JOIN dim_unit u USING (unit_key)
                JOIN dim_plan p ON p.plan_key = t.plan_key WHERE p.code = 'TUYPHUOC-2024' AND t.number = 13 AND tu.role = 'lead'""").query(String.class).list();
        assertThat(leads).hasSize(13 + 12).contains("21952", "21988", "VPUB", "PTP", "BHXH").doesNotContain("CAH");
        assertThat(jdbc.sql("""
                SELECT tu.role FROM v_task_unit tu JOIN dim_task t USING (task_key) JOIN dim_unit u USING (unit_key)
                JOIN dim_plan p ON p.plan_key = t.plan_key WHERE p.code = 'TUYPHUOC-2024' AND t.number = 13 AND u.code = 'CAH'""").query(String.class).single()).isEqualTo("cooperating");
    }

    @Test
    void aMissingCommaInTheSourceStillNamesBothUnits() {
        assertThat(jdbc.sql("""
                SELECT u.code FROM bridge_task_assignee a JOIN dim_task t USING (task_key) JOIN dim_unit u USING (unit_key)
                JOIN dim_plan p ON p.plan_key = t.plan_key WHERE p.code = 'TUYPHUOC-2024' AND t.number = 16 AND a.role = 'cooperating' ORDER BY a.seq""").query(String.class).list())
                .containsExactly("NH", "CAH");
    }

    @Test
    void loadingTheSamePlanAgainChangesNothing() {
        String before = warehouseFingerprint();
        PlanStore.LoadResult again = importer.importBundled();
        assertThat(again.changed()).isFalse();
        assertThat(warehouseFingerprint()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM plan_revision r JOIN dim_plan p USING (plan_key) WHERE p.code = 'TUYPHUOC-2024'"))
                .isEqualTo(1);
    }

    @Test
    void aChangedPlanUpdatesInPlaceAndKeepsHistory() throws IOException {
        Path dir = copyOfBundledPlan("TEST-CHANGED");
        importer.importFrom(dir);
        int taskKey = jdbc.sql("SELECT task_key FROM dim_task t JOIN dim_plan p USING (plan_key) WHERE p.code = 'TEST-CHANGED' AND number = 6")
                .query(Integer.class).single();
        replace(dir.resolve("tasks.csv"), "Công an huyện, Văn phòng HĐND & UBND huyện\",\"Các phòng, ban, ngành liên quan; UBND các xã, thị trấn\",Báo cáo sơ kết,Tháng 12/2024",
                "Công an huyện, Văn phòng HĐND & UBND huyện\",\"Các phòng, ban, ngành liên quan; UBND các xã, thị trấn\",Báo cáo tổng kết,Quý IV/2024");

        PlanStore.LoadResult result = importer.importFrom(dir);

        assertThat(result.revision()).isEqualTo(2);
        assertThat(result.changes()).extracting(PlanSnapshot.Change::field).containsExactlyInAnyOrder("product", "deadline_text");
        var task = jdbc.sql("SELECT task_key, product, deadline_text, due_date::text AS due FROM dim_task t JOIN dim_plan p USING (plan_key) "
                + "WHERE p.code = 'TEST-CHANGED' AND number = 6").query().singleRow();
        assertThat(task).containsEntry("task_key", taskKey).containsEntry("product", "Báo cáo tổng kết")
                .containsEntry("deadline_text", "Quý IV/2024").containsEntry("due", "2024-12-31");
        assertThat(jdbc.sql("""
                SELECT c.old_value FROM plan_change c JOIN plan_revision r USING (revision_key) JOIN dim_plan p USING (plan_key)
                WHERE p.code = 'TEST-CHANGED' AND r.revision_no = 2 AND c.field = 'product'""").query(String.class).single())
                .isEqualTo("Báo cáo sơ kết");
    }

    @Test
    void anUnknownUnitFailsWithFileRowAndTextAndLoadsNothing() throws IOException {
        Path dir = copyOfBundledPlan("TEST-BAD-UNIT");
        replace(dir.resolve("tasks.csv"), "Phòng Tư pháp,Công an huyện", "Phòng Ngoại vụ,Công an huyện");
        String before = warehouseFingerprint();

        assertThatThrownBy(() -> importer.importFrom(dir))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("tasks.csv, dòng 30")
                .hasMessageContaining("không nhận ra đơn vị \"Phòng Ngoại vụ\"");
        assertThat(warehouseFingerprint()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM dim_plan WHERE code = 'TEST-BAD-UNIT'")).isZero();
    }

    @Test
    void anUnknownDeadlineFailsWithFileRowAndText() throws IOException {
        Path dir = copyOfBundledPlan("TEST-BAD-DEADLINE");
        replace(dir.resolve("tasks.csv"), "quốc phòng,Quý II/2024", "quốc phòng,Cuối quý hai");

        assertThatThrownBy(() -> importer.importFrom(dir))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("tasks.csv, dòng 24")
                .hasMessageContaining("không hiểu thời gian hoàn thành \"Cuối quý hai\"");
        assertThat(count("SELECT count(*) FROM dim_plan WHERE code = 'TEST-BAD-DEADLINE'")).isZero();
    }

    @Test
    void unitsCsvMayNameTheAddressesAllowedToSendAUnitsWorkbooks() throws IOException {
        Path dir = copyOfBundledPlan("TEST-MAIL");
        replace(dir.resolve("units.csv"), "valid_to,successor\n", "valid_to,successor,mail\n");
        String units = Files.readString(dir.resolve("units.csv"), StandardCharsets.UTF_8);
        String row = units.lines().filter(l -> l.startsWith("21952,Thị trấn Tuy Phước,")).findFirst().orElseThrow();
        replace(dir.resolve("units.csv"), row + "\n", row + ",VanThu.TuyPhuoc@gmail.test|ca.tuyphuoc@binhdinh.gov.vn\n");

        importer.importFrom(dir);

        assertThat(jdbc.sql("SELECT address FROM mail_sender WHERE unit_code = '21952' ORDER BY address").query(String.class).list())
                .containsExactly("ca.tuyphuoc@binhdinh.gov.vn", "vanthu.tuyphuoc@gmail.test");
    }

    @Test
    void anAddressThatIsNoAddressFailsWithFileAndRow() throws IOException {
        Path dir = copyOfBundledPlan("TEST-BAD-MAIL");
        replace(dir.resolve("units.csv"), "valid_to,successor\n", "valid_to,successor,mail\n");
        String units = Files.readString(dir.resolve("units.csv"), StandardCharsets.UTF_8);
        String row = units.lines().filter(l -> l.startsWith("21952,Thị trấn Tuy Phước,")).findFirst().orElseThrow();
        replace(dir.resolve("units.csv"), row + "\n", row + ",van thu tuy phuoc\n");

        assertThatThrownBy(() -> importer.importFrom(dir)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("units.csv, dòng").hasMessageContaining("địa chỉ thư \"van thu tuy phuoc\" không đúng dạng");
    }

    private Path copyOfBundledPlan(String code) throws IOException {
        Path dir = BundledPlan.extract();
        replace(dir.resolve("plan.yml"), "code: TUYPHUOC-2024", "code: " + code);
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** Row counts and a checksum of every dimension, to show a load changed nothing. */
    private String warehouseFingerprint() {
        return jdbc.sql("""
                SELECT string_agg(t || '=' || n, ' ' ORDER BY t) FROM (
                  SELECT 'plan' AS t, md5(string_agg(p::text, '' ORDER BY plan_key)) AS n FROM dim_plan p
                  UNION ALL SELECT 'unit', md5(string_agg(u::text, '' ORDER BY unit_key)) FROM dim_unit u
                  UNION ALL SELECT 'group', md5(string_agg(g::text, '' ORDER BY unit_group_key)) FROM dim_unit_group g
                  UNION ALL SELECT 'member', count(*)::text FROM dim_unit_group_member
                  UNION ALL SELECT 'task', md5(string_agg(x::text, '' ORDER BY task_key)) FROM dim_task x
                  UNION ALL SELECT 'assignee', md5(string_agg(a::text, '' ORDER BY task_key, role, seq)) FROM bridge_task_assignee a
                  UNION ALL SELECT 'indicator', md5(string_agg(i::text, '' ORDER BY indicator_key)) FROM dim_indicator i
                  UNION ALL SELECT 'revision', count(*)::text FROM plan_revision) s""").query(String.class).single();
    }
}
