package vn.da06.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.plan.BundledPlan;
import vn.da06.plan.PlanImporter;

/**
 * A warehouse as the workbook import would leave it: the bundled Tuy Phước 2024 plan and the workbooks of seven
 * units for 2024, written straight into the fact tables. Everything the units sent is in the three tables below;
 * tests compute their expected figures from {@link #currentIndicatorValues()} and {@link #submissions()}, never
 * from the report queries. Nobody reported October 2024 (a period without data).
 */
final class ReportFixture {

    static final String PLAN = BundledPlan.CODE;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Workbooks received. A resubmission replaces the unit's earlier workbook of the month ("superseded by").
     * A rejected workbook carries the import's reason.
     */
    private static final String SUBMISSIONS = """
            # id   unit     month    received (local)   status      superseded by / reason
            c01    CAH      2024-01  2024-02-08T09:15   accepted
            c02    CAH      2024-02  2024-03-07T10:00   accepted
            c03    CAH      2024-03  2024-04-15T14:20   accepted
            c04    CAH      2024-04  2024-05-09T08:30   accepted
            c05a   CAH      2024-05  2024-06-10T08:00   superseded  c05
            c05    CAH      2024-05  2024-06-14T16:30   accepted
            c06    CAH      2024-06  2024-07-10T09:00   accepted
            c07    CAH      2024-07  2024-08-09T09:00   accepted
            c08    CAH      2024-08  2024-09-10T09:00   accepted
            c09    CAH      2024-09  2024-10-11T09:00   accepted
            c11    CAH      2024-11  2024-12-10T09:00   accepted
            c12    CAH      2024-12  2025-01-09T09:00   accepted
            v01    VPUB     2024-01  2024-02-05T15:00   accepted
            v02    VPUB     2024-02  2024-03-11T15:00   accepted
            v03    VPUB     2024-03  2024-04-10T15:00   accepted
            v04    VPUB     2024-04  2024-05-08T15:00   accepted
            v05    VPUB     2024-05  2024-06-12T15:00   accepted
            v06    VPUB     2024-06  2024-07-16T11:00   accepted
            v08    VPUB     2024-08  2024-09-09T15:00   accepted
            v09    VPUB     2024-09  2024-10-08T15:00   accepted
            v11    VPUB     2024-11  2024-12-06T15:00   accepted
            v12    VPUB     2024-12  2025-01-10T15:00   accepted
            t01    21952    2024-01  2024-02-06T08:00   accepted
            t02    21952    2024-02  2024-03-06T08:00   accepted
            t03    21952    2024-03  2024-04-05T08:00   accepted
            t04    21952    2024-04  2024-05-07T08:00   accepted
            t05    21952    2024-05  2024-06-05T08:00   accepted
            t06    21952    2024-06  2024-07-04T08:00   accepted
            d01    21955    2024-01  2024-02-09T10:00   accepted
            d02    21955    2024-02  2024-03-13T10:00   accepted
            d03    21955    2024-03  2024-04-09T10:00   rejected    Chỉ tiêu!D8: tử số (64) lớn hơn mẫu số (52); sửa lại số liệu rồi gửi lại.
            d04    21955    2024-04  2024-05-10T10:00   accepted
            d05    21955    2024-05  2024-06-11T10:00   accepted
            k02    PTCKH    2024-02  2024-03-12T16:00   accepted
            k04    PTCKH    2024-04  2024-05-20T09:00   accepted
            k06    PTCKH    2024-06  2024-07-12T09:00   accepted
            l01    PLDTBXH  2024-01  2024-02-07T09:00   accepted
            l02    PLDTBXH  2024-02  2024-03-08T09:00   accepted
            l03    PLDTBXH  2024-03  2024-04-08T09:00   accepted
            l04    PLDTBXH  2024-04  2024-05-08T09:00   accepted
            l05    PLDTBXH  2024-05  2024-06-07T09:00   accepted
            l06    PLDTBXH  2024-06  2024-07-08T09:00   accepted
            l09    PLDTBXH  2024-09  2024-10-09T09:00   accepted
            l12    PLDTBXH  2024-12  2025-01-08T09:00   accepted
            y05    PYT      2024-05  2024-06-10T14:00   accepted
            y06    PYT      2024-06  2024-07-11T14:00   accepted
            """;

    /** Indicator rows of each workbook: CT01, CT09, CT10 are stocks; CT05, CT08, CT11, CT13 flows. */
    private static final String INDICATOR_VALUES = """
            # workbook  indicator  numerator  denominator
            c01  CT08  310     330      c01  CT09  98000   112000   c01  CT10  60000   112000
            c02  CT08  290     300      c02  CT09  99500   112100   c02  CT10  63000   112100
            c03  CT08  320     330      c03  CT09  101000  112200   c03  CT10  67000   112200
            c04  CT08  335     340      c04  CT09  102600  112300   c04  CT10  71000   112300
            c05a CT08  348     355      c05a CT09  103900  112400   c05a CT10  75500   112400
            c05  CT08  350     355      c05  CT09  104100  112400   c05  CT10  76000   112400
            c06  CT08  360     362      c06  CT09  105500  112500   c06  CT10  81000   112500
            c07  CT08  340     342      c07  CT09  106400  112600   c07  CT10  84000   112600
            c08  CT08  355     356      c08  CT09  107300  112700   c08  CT10  88000   112700
            c09  CT08  345     346      c09  CT09  108100  112800   c09  CT10  91000   112800
            c11  CT08  370     370      c11  CT09  109600  112900   c11  CT10  96000   112900
            c12  CT08  380     380      c12  CT09  110800  113000   c12  CT10  101000  113000
            v01  CT01  150     200      v01  CT05  30      80
            v02  CT01  160     200      v02  CT05  28      70
            v03  CT01  170     205      v03  CT05  35      75
            v04  CT01  180     205      v04  CT05  40      82
            v05  CT01  190     210      v05  CT05  45      90
            v06  CT01  196     210      v06  CT05  50      95
            v08  CT01  200     210      v08  CT05  52      96
            v09  CT01  204     212      v09  CT05  55      97
            v11  CT01  208     212      v11  CT05  60      100
            v12  CT01  210     212      v12  CT05  66      110
            t01  CT01  40      60       t01  CT05  10      30
            t02  CT01  42      60       t02  CT05  12      28
            t03  CT01  45      62       t03  CT05  15      33
            t04  CT01  48      62       t04  CT05  14      30
            t05  CT01  50      63       t05  CT05  16      31
            t06  CT01  55      63       t06  CT05  18      35
            d01  CT01  30      50       d01  CT05  5       20
            d02  CT01  32      50       d02  CT05  6       18
            d04  CT01  36      52       d04  CT05  9       22
            d05  CT01  40      52       d05  CT05  10      21
            y05  CT11  0       0
            y06  CT11  120     400
            l01  CT13  40      200      l02  CT13  45      205      l03  CT13  50      210
            l04  CT13  60      210      l05  CT13  70      215      l06  CT13  80      220
            l09  CT13  95      225      l12  CT13  110     230
            """;

    /**
     * Task rows: from the first workbook named, the unit repeats its last status in each later workbook of its own
     * (as units fill in the pre-filled template) until a later line changes it. Optional: completion date,
     * difficulties after "!", proposals after "?", written in that workbook only. One difficulty is written by two
     * units, one of them in two months, as real workbooks repeat themselves.
     */
    private static final String TASK_PROGRESS = """
            # from  unit     task  status       completed   difficulties / proposals
            c01     CAH      1     in_progress
            c02     CAH      1     done         2024-02-20
            c02     CAH      2     done         2024-02-25
            c01     CAH      3     in_progress
            c04     CAH      3     done         2024-04-10
            c01     CAH      5     not_started
            c06     CAH      5     done         2024-06-25
            c06     CAH      6     in_progress
            c12     CAH      6     done         2024-12-20
            c01     CAH      7     in_progress
            c03     CAH      7     in_progress              ! Chưa có hướng dẫn của tỉnh về tiêu chí đánh giá 42 mô hình.
            c04     CAH      7     in_progress              ! Chưa có hướng dẫn của tỉnh về tiêu chí đánh giá 42 mô hình.
            c01     CAH      8     in_progress
            c01     CAH      18    in_progress
            c04     CAH      18    done         2024-04-25
            c01     CAH      19    in_progress
            c08     CAH      19    done         2024-08-15
            c01     CAH      20    in_progress              ! Thiết bị thu nhận hồ sơ căn cước tại các xã còn thiếu, người dân phải chờ lâu.
            c05     CAH      20    in_progress              ? Đề nghị Công an tỉnh bổ sung 02 bộ thiết bị thu nhận hồ sơ căn cước cho huyện.
            c12     CAH      20    done         2024-12-28
            v01     VPUB     1     in_progress
            v02     VPUB     1     done         2024-02-26
            v01     VPUB     2     in_progress              ! Chưa có hướng dẫn của tỉnh về tiêu chí đánh giá 42 mô hình.
            v03     VPUB     3     done         2024-03-28
            v01     VPUB     5     not_started
            v06     VPUB     5     done         2024-06-28
            v06     VPUB     6     in_progress
            v12     VPUB     6     done         2024-12-20
            v01     VPUB     9     not_started
            v01     VPUB     10    in_progress
            v01     VPUB     11    in_progress
            v01     VPUB     12    not_started
            v11     VPUB     12    done         2024-11-30
            k02     PTCKH    4     in_progress              ! Nguồn kinh phí năm 2024 chưa được bố trí.
            k06     PTCKH    4     done         2024-06-15  ? Đề nghị UBND huyện bổ sung kinh phí thực hiện Đề án 06 trong dự toán năm 2025.
            l01     PLDTBXH  17    in_progress
            l01     PLDTBXH  21    not_started
            l05     PLDTBXH  21    in_progress
            l01     PLDTBXH  22    not_started
            t01     21952    1     in_progress
            t02     21952    1     done         2024-02-27
            t01     21952    13    in_progress
            d01     21955    14    in_progress
            y05     PYT      27    in_progress              ? =HYPERLINK("http://vi-du.vn";"bấm") là chữ đơn vị gõ, không phải công thức.
            """;

    record Submission(String id, String unit, YearMonth month, LocalDateTime received, String status, String supersededBy,
                      String reason) {

        boolean onTime() {
            return !received.toLocalDate().isAfter(month.plusMonths(1).atDay(12));
        }

        String fileName() {
            return unit + "_" + month + (status.equals("superseded") ? "_lan1" : "") + ".xlsx";
        }
    }

    record IndicatorValue(String submission, String indicator, long numerator, long denominator) {
    }

    record TaskProgress(String from, String unit, int task, String status, LocalDate completedOn, String difficulties,
                        String proposals) {
    }

    private ReportFixture() {
    }

    static List<Submission> submissions() {
        List<Submission> rows = new ArrayList<>();
        for (String[] f : lines(SUBMISSIONS, 6)) {
            String extra = f.length > 5 ? f[5] : null;
            rows.add(new Submission(f[0], f[1], YearMonth.parse(f[2]), LocalDateTime.parse(f[3]), f[4],
                    f[4].equals("superseded") ? extra : null, f[4].equals("rejected") ? extra : null));
        }
        return rows;
    }

    static List<IndicatorValue> indicatorValues() {
        List<IndicatorValue> rows = new ArrayList<>();
        for (String[] f : lines(INDICATOR_VALUES, 0)) {
            for (int i = 0; i + 3 < f.length; i += 4) {
                rows.add(new IndicatorValue(f[i], f[i + 1], Long.parseLong(f[i + 2]), Long.parseLong(f[i + 3])));
            }
        }
        return rows;
    }

    /** What was reported and counts: the indicator rows of accepted workbooks, with their unit and month. */
    static List<ReportedValue> currentIndicatorValues() {
        Map<String, Submission> byId = byId();
        return indicatorValues().stream()
                .filter(v -> byId.get(v.submission()).status().equals("accepted"))
                .map(v -> new ReportedValue(byId.get(v.submission()).unit(), byId.get(v.submission()).month(),
                        v.indicator(), v.numerator(), v.denominator()))
                .toList();
    }

    record ReportedValue(String unit, YearMonth month, String indicator, long numerator, long denominator) {
    }

    static List<TaskProgress> taskProgress() {
        List<TaskProgress> rows = new ArrayList<>();
        for (String text : TASK_PROGRESS.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String difficulties = after(text, '!');
            String proposals = after(text, '?');
            String[] f = text.replaceAll("[!?].*$", "").trim().split("\\s+");
            rows.add(new TaskProgress(f[0], f[1], Integer.parseInt(f[2]), f[3], f.length > 4 ? LocalDate.parse(f[4]) : null,
                    difficulties, proposals));
        }
        return rows;
    }

    /** Loads the bundled plan and, once per database, every workbook above. */
    static void load(PlanImporter plans, JdbcClient jdbc) {
        plans.importBundled();
        loadWorkbooks(jdbc);
    }

    /** Loads every workbook above, once per database, into the plan {@link #PLAN} as already loaded. */
    static void loadWorkbooks(JdbcClient jdbc) {
        if (jdbc.sql("SELECT count(*) FROM fact_submission WHERE file_name = 'CAH_2024-01.xlsx'").query(Integer.class).single() > 0) {
            return;
        }
        int plan = jdbc.sql("SELECT plan_key FROM dim_plan WHERE code = :p").param("p", PLAN).query(Integer.class).single();
        Map<String, Long> keys = new LinkedHashMap<>();
        List<Submission> ordered = submissions().stream()
                .sorted(Comparator.comparing((Submission s) -> s.status().equals("superseded"))).toList();
        for (Submission s : ordered) {
            keys.put(s.id(), insertSubmission(jdbc, plan, s, keys));
        }
        for (IndicatorValue v : indicatorValues()) {
            Submission s = byId().get(v.submission());
            jdbc.sql("""
                    INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator,
                        denominator, source_cell, denominator_cell)
                    SELECT :s, i.indicator_key, :u, :m, :n, :d, 'Chỉ tiêu!D' || (6 + i.seq), 'Chỉ tiêu!E' || (6 + i.seq)
                    FROM dim_indicator i WHERE i.plan_key = :plan AND i.code = :code""")
                    .param("s", keys.get(s.id())).param("u", unitKey(jdbc, s.unit())).param("m", monthKey(s.month()))
                    .param("n", v.numerator()).param("d", v.denominator()).param("plan", plan).param("code", v.indicator())
                    .update();
        }
        for (Submission s : ordered) {
            if (!s.status().equals("rejected")) {
                insertTaskRows(jdbc, plan, s, keys.get(s.id()));
            }
        }
    }

    /** The task rows of one workbook: each task the unit started reporting by then, with its latest status. */
    private static void insertTaskRows(JdbcClient jdbc, int plan, Submission s, long key) {
        Map<String, Submission> byId = byId();
        Map<Integer, TaskProgress> latest = new LinkedHashMap<>();
        for (TaskProgress p : taskProgress()) {
            Submission from = byId.get(p.from());
            if (p.unit().equals(s.unit()) && !from.month().isAfter(s.month())) {
                latest.put(p.task(), p);
            }
        }
        for (TaskProgress p : latest.values()) {
            boolean reportedHere = byId.get(p.from()).month().equals(s.month());
            int inserted = jdbc.sql("""
                    INSERT INTO fact_task_progress (submission_key, task_key, unit_key, month_key, role, status, progress_pct,
                        completed_on, difficulties, proposals, source_cell)
                    SELECT :s, t.task_key, tu.unit_key, :m, tu.role, :status, :pct, :done, :difficulties, :proposals,
                           'Nhiệm vụ!E' || (6 + t.number)
                    FROM dim_task t JOIN v_task_unit tu ON tu.task_key = t.task_key AND tu.unit_key = :u
                    WHERE t.plan_key = :plan AND t.number = :n""")
                    .param("s", key).param("m", monthKey(s.month())).param("status", p.status())
                    .param("pct", p.status().equals("done") ? 100 : p.status().equals("in_progress") ? 50 : 0)
                    .param("done", p.completedOn()).param("difficulties", reportedHere ? p.difficulties() : null)
                    .param("proposals", reportedHere ? p.proposals() : null)
                    .param("u", unitKey(jdbc, s.unit())).param("plan", plan).param("n", p.task())
                    .update();
            if (inserted != 1) {
                throw new IllegalStateException("fixture: task " + p.task() + " is not assigned to " + s.unit());
            }
        }
    }

    private static long insertSubmission(JdbcClient jdbc, int plan, Submission s, Map<String, Long> keys) {
        long key = jdbc.sql("""
                INSERT INTO fact_submission (plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                    received_at, on_time, status, superseded_by, error_count, template_version)
                VALUES (:plan, :unit, :month, :folder, :file, :hash, 24576, :received, :onTime, :status, :supersededBy,
                        :errors, '1')
                RETURNING submission_key""")
                .param("plan", plan).param("unit", unitKey(jdbc, s.unit())).param("month", monthKey(s.month()))
                .param("folder", s.unit()).param("file", s.fileName()).param("hash", sha256(s.id()))
                .param("received", s.received().atZone(VIETNAM).toOffsetDateTime()).param("onTime", s.onTime())
                .param("status", s.status()).param("supersededBy", s.supersededBy() == null ? null : keys.get(s.supersededBy()))
                .param("errors", s.reason() == null ? 0 : 1)
                .query(Long.class).single();
        if (s.reason() != null) {
            jdbc.sql("""
                    INSERT INTO submission_error (submission_key, seq, sheet, cell, value, rule, message)
                    VALUES (:s, 1, 'Chỉ tiêu', 'D8', '64', 'numerator_le_denominator', :message)""")
                    .param("s", key).param("message", s.reason()).update();
        }
        return key;
    }

    private static Map<String, Submission> byId() {
        Map<String, Submission> byId = new LinkedHashMap<>();
        submissions().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static int unitKey(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT unit_key FROM dim_unit WHERE code = :c AND valid_from <= date '2024-01-01' "
                + "AND (valid_to IS NULL OR valid_to >= date '2024-12-31')").param("c", code).query(Integer.class).single();
    }

    static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static List<String[]> lines(String table, int columns) {
        return table.lines().filter(l -> !l.isBlank() && !l.trim().startsWith("#"))
                .map(l -> l.trim().split("\\s+", columns)).toList();
    }

    private static String after(String text, char marker) {
        int at = text.indexOf(marker);
        return at < 0 ? null : text.substring(at + 1).trim();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
