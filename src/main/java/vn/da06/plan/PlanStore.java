package vn.da06.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;
import vn.da06.plan.Plan.Indicator;
import vn.da06.plan.Plan.Task;
import vn.da06.plan.Plan.TaskGroup;
import vn.da06.plan.Plan.Unit;
import vn.da06.plan.Plan.UnitGroup;
import vn.da06.plan.Plan.UnitRef;
import vn.da06.plan.PlanSnapshot.Change;

/**
 * Writes a plan into the dimensions, in place: surrogate keys stay, so facts already loaded keep pointing at the
 * same tasks and indicators. A load that changes nothing writes nothing; one that changes something records a
 * revision with every changed value (plan_revision, plan_change).
 */
@Repository
public class PlanStore {

    /** What a load did. {@code revision} is 0 when nothing changed. */
    public record LoadResult(String planCode, int revision, List<Change> changes) {
        public boolean changed() {
            return revision > 0;
        }
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    LoadResult load(Plan plan) {
        String code = plan.header().code();
        jdbc.sql(SqlFiles.load("query/plan/lock.sql")).param("code", code).query().singleValue();
        addMailSenders(plan);
        List<Change> changes = snapshotOf(plan).changesFrom(snapshotInDatabase(plan));
        if (changes.isEmpty()) {
            return new LoadResult(code, 0, List.of());
        }
        try {
            int planKey = upsertPlan(plan);
            Map<String, Integer> unitKeys = upsertUnits(plan);
            jdbc.sql(SqlFiles.load("query/plan/set-district-unit.sql"))
                    .param("unit", unitKeys.get(plan.header().unit())).param("plan", planKey).update();
            clearBridges(planKey);
            Map<String, Integer> groupKeys = upsertUnitGroups(plan, planKey, unitKeys);
            Map<Integer, Integer> taskKeys = upsertTasks(plan, planKey, unitKeys, groupKeys);
            upsertIndicators(plan, planKey, unitKeys, groupKeys, taskKeys);
            int revision = recordRevision(plan, planKey, changes);
            // Fresh statistics for the planner: the reports join these tables, and estimates from before the load
            // (an empty or much smaller plan) turn their joins into nested loops over whole fact tables.
            jdbc.sql(SqlFiles.load("query/plan/analyze-dimensions.sql")).update();
            return new LoadResult(code, revision, changes);
        } catch (DataIntegrityViolationException e) {
            throw new UserException("không cập nhật được kế hoạch " + code + ": kế hoạch mới bỏ một nhiệm vụ, chỉ tiêu "
                    + "hoặc nhóm đã có số liệu báo cáo; hãy giữ lại chúng trong tệp kế hoạch.", e);
        }
    }

    // ------------------------------------------------------------------ snapshots

    private static PlanSnapshot snapshotOf(Plan plan) {
        PlanSnapshot s = new PlanSnapshot();
        Plan.Header h = plan.header();
        s.put("plan", h.code(), PlanSnapshot.fields("name", h.name(), "decision", h.decision(), "year", h.year(),
                "starts_on", h.startsOn(), "ends_on", h.endsOn(), "issuing_body", h.issuingBody(),
                "place_name", h.placeName(), "unit", h.unit(), "report_due_day", h.reportDueDay(),
                "grounds", String.join("\n", h.grounds()), "recipients", String.join("\n", h.recipients())));
        for (Unit u : plan.units()) {
            s.put("unit", u.code() + "@" + u.validFrom(), PlanSnapshot.fields("name", u.name(), "kind", u.kind(),
                    "gso_code", u.gsoCode(), "parent", u.parent(), "aliases", String.join("|", u.aliases()),
                    "valid_to", u.validTo(), "successor", u.successor()));
        }
        for (UnitGroup g : plan.unitGroups()) {
            s.put("unit_group", g.code(), PlanSnapshot.fields("name", g.name(), "aliases", String.join("|", g.aliases()),
                    "members", String.join(" ", g.members().stream().sorted().toList())));
        }
        for (TaskGroup g : plan.taskGroups()) {
            s.put("task_group", g.code(), PlanSnapshot.fields("name", g.name(), "seq", g.seq()));
        }
        for (Task t : plan.tasks()) {
            s.put("task", Integer.toString(t.number()), PlanSnapshot.fields("content", t.content(),
                    "group", t.groupCode(), "lead_text", t.leadText(), "cooperating_text", t.cooperatingText(),
                    "product", t.product(), "deadline_text", t.deadlineText()));
        }
        for (Indicator i : plan.indicators()) {
            s.put("indicator", i.code(), PlanSnapshot.fields("name", i.name(), "seq", i.seq(),
                    "numerator_label", i.numeratorLabel(), "denominator_label", i.denominatorLabel(),
                    "target_pct", i.targetPct().stripTrailingZeros().toPlainString(), "aggregation", i.aggregation(),
                    "direction", i.direction(), "task", i.taskNumber(), "reporters_text", i.reportersText(),
                    "unit_noun", i.unitNoun(), "combine", i.combine()));
        }
        return s;
    }

    private PlanSnapshot snapshotInDatabase(Plan plan) {
        PlanSnapshot s = new PlanSnapshot();
        String code = plan.header().code();
        jdbc.sql(SqlFiles.load("query/plan/stored-plan.sql"))
                .param("code", code).query((rs, n) -> {
                    s.put("plan", code, PlanSnapshot.fields("name", rs.getString("name"), "decision", rs.getString("decision"),
                            "year", rs.getInt("year"), "starts_on", rs.getObject("starts_on", LocalDate.class),
                            "ends_on", rs.getObject("ends_on", LocalDate.class), "issuing_body", rs.getString("issuing_body"),
                            "place_name", rs.getString("place_name"), "unit", rs.getString("unit_id"),
                            "report_due_day", rs.getInt("report_due_day"),
                            "grounds", String.join("\n", strings(rs.getArray("grounds"))),
                            "recipients", String.join("\n", strings(rs.getArray("recipients")))));
                    return null;
                }).list();
        PlanSnapshot fromFiles = snapshotOf(plan);
        jdbc.sql(SqlFiles.load("query/plan/stored-units.sql")).query((rs, n) -> {
                    String key = Unit.id(rs.getString("code"), rs.getObject("valid_from", LocalDate.class));
                    if (fromFiles.contains("unit", key)) {
                        s.put("unit", key, PlanSnapshot.fields("name", rs.getString("name"), "kind", rs.getString("kind"),
                                "gso_code", rs.getString("gso_code"), "parent", rs.getString("parent_id"),
                                "aliases", String.join("|", strings(rs.getArray("aliases"))),
                                "valid_to", rs.getObject("valid_to", LocalDate.class), "successor", rs.getString("successor_id")));
                    }
                    return null;
                }).list();
        jdbc.sql(SqlFiles.load("query/plan/stored-unit-groups.sql")).param("code", code).query((rs, n) -> {
                    s.put("unit_group", rs.getString("code"), PlanSnapshot.fields("name", rs.getString("name"),
                            "aliases", String.join("|", strings(rs.getArray("aliases"))), "members", rs.getString("members")));
                    return null;
                }).list();
        jdbc.sql(SqlFiles.load("query/plan/stored-task-groups.sql"))
                .param("code", code).query((rs, n) -> {
                    s.put("task_group", rs.getString("code"), PlanSnapshot.fields("name", rs.getString("name"), "seq", rs.getInt("seq")));
                    return null;
                }).list();
        jdbc.sql(SqlFiles.load("query/plan/stored-tasks.sql")).param("code", code).query((rs, n) -> {
                    s.put("task", Integer.toString(rs.getInt("number")), PlanSnapshot.fields("content", rs.getString("content"),
                            "group", rs.getString("group_code"), "lead_text", rs.getString("lead_text"),
                            "cooperating_text", rs.getString("cooperating_text"), "product", rs.getString("product"),
                            "deadline_text", rs.getString("deadline_text")));
                    return null;
                }).list();
        jdbc.sql(SqlFiles.load("query/plan/stored-indicators.sql")).param("code", code).query((rs, n) -> {
                    s.put("indicator", rs.getString("code"), PlanSnapshot.fields("name", rs.getString("name"),
                            "seq", rs.getInt("seq"), "numerator_label", rs.getString("numerator_label"),
                            "denominator_label", rs.getString("denominator_label"),
                            "target_pct", rs.getBigDecimal("target_pct").stripTrailingZeros().toPlainString(),
                            "aggregation", rs.getString("aggregation"), "direction", rs.getString("direction"),
                            "task", rs.getObject("task_number"), "reporters_text", rs.getString("reporters_text"),
                            "unit_noun", rs.getString("unit_noun"), "combine", rs.getString("combine")));
                    return null;
                }).list();
        return s;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    // ------------------------------------------------------------------ writes

    private int upsertPlan(Plan plan) {
        Plan.Header h = plan.header();
        return jdbc.sql(SqlFiles.load("query/plan/upsert-plan.sql"))
                .param("code", h.code()).param("name", h.name()).param("decision", h.decision())
                .param("year", h.year()).param("startsOn", h.startsOn()).param("endsOn", h.endsOn())
                .param("issuingBody", h.issuingBody()).param("placeName", h.placeName())
                .param("dueDay", h.reportDueDay()).param("hash", plan.contentHash())
                .param("grounds", h.grounds().toArray(String[]::new)).param("recipients", h.recipients().toArray(String[]::new))
                .query(Integer.class).single();
    }

    /**
     * Allows the addresses of units.csv to send their units' workbooks by e-mail. Only ever adds: addresses are
     * withdrawn with {@code da06 unit mail}, and are not part of the plan's revisions.
     */
    private void addMailSenders(Plan plan) {
        for (Unit u : plan.units()) {
            for (String address : u.mail()) {
                jdbc.sql(SqlFiles.load("query/plan/add-mail-sender.sql")).param("unit", u.code()).param("address", address)
                        .update();
            }
        }
    }

    /** Writes the units; returns their keys by unit id (code@valid_from). */
    private Map<String, Integer> upsertUnits(Plan plan) {
        Map<String, Integer> keys = new HashMap<>();
        for (Unit u : plan.units()) {
            int key = jdbc.sql(SqlFiles.load("query/plan/upsert-unit.sql"))
                    .param("code", u.code()).param("name", u.name()).param("kind", u.kind()).param("gso", u.gsoCode())
                    .param("aliases", u.aliases().toArray(String[]::new)).param("from", u.validFrom()).param("to", u.validTo())
                    .query(Integer.class).single();
            keys.put(u.id(), key);
        }
        for (Unit u : plan.units()) {
            jdbc.sql(SqlFiles.load("query/plan/set-unit-links.sql"))
                    .param("parent", u.parent() == null ? null : keys.get(u.parent()))
                    .param("successor", u.successor() == null ? null : keys.get(u.successor()))
                    .param("key", keys.get(u.id())).update();
        }
        return keys;
    }

    private void clearBridges(int planKey) {
        jdbc.sql(SqlFiles.load("query/plan/delete-task-assignees.sql"))
                .param("plan", planKey).update();
        jdbc.sql(SqlFiles.load("query/plan/delete-indicator-reporters.sql")).param("plan", planKey).update();
    }

    private Map<String, Integer> upsertUnitGroups(Plan plan, int planKey, Map<String, Integer> unitKeys) {
        Map<String, Integer> keys = new HashMap<>();
        for (UnitGroup g : plan.unitGroups()) {
            int key = jdbc.sql(SqlFiles.load("query/plan/upsert-unit-group.sql"))
                    .param("plan", planKey).param("code", g.code()).param("name", g.name())
                    .param("aliases", g.aliases().toArray(String[]::new)).query(Integer.class).single();
            keys.put(g.code(), key);
            jdbc.sql(SqlFiles.load("query/plan/delete-unit-group-members.sql")).param("group", key).update();
            for (String member : g.members()) {
                jdbc.sql(SqlFiles.load("query/plan/insert-unit-group-member.sql"))
                        .param("group", key).param("unit", unitKeys.get(member)).update();
            }
        }
        jdbc.sql(SqlFiles.load("query/plan/delete-other-unit-groups.sql"))
                .param("plan", planKey).param("codes", keys.keySet().toArray(String[]::new)).update();
        return keys;
    }

    private Map<Integer, Integer> upsertTasks(Plan plan, int planKey, Map<String, Integer> unitKeys,
                                              Map<String, Integer> groupKeys) {
        Map<String, Integer> taskGroupKeys = new HashMap<>();
        for (TaskGroup g : plan.taskGroups()) {
            taskGroupKeys.put(g.code(), jdbc.sql(SqlFiles.load("query/plan/upsert-task-group.sql"))
                    .param("plan", planKey).param("code", g.code()).param("seq", g.seq()).param("name", g.name())
                    .query(Integer.class).single());
        }
        Map<Integer, Integer> keys = new HashMap<>();
        for (Task t : plan.tasks()) {
            DeadlineRule d = t.deadline();
            int key = jdbc.sql(SqlFiles.load("query/plan/upsert-task.sql"))
                    .param("plan", planKey).param("group", taskGroupKeys.get(t.groupCode())).param("number", t.number())
                    .param("code", t.code()).param("content", t.content()).param("lead", t.leadText())
                    .param("coop", t.cooperatingText()).param("product", t.product()).param("deadline", t.deadlineText())
                    .param("kind", d.kind().sql()).param("due", d.dueDate()).param("day", d.monthlyDay())
                    .param("starts", d.startsOn()).param("condition", d.condition())
                    .query(Integer.class).single();
            keys.put(t.number(), key);
            insertAssignees(key, "lead", t.leads(), unitKeys, groupKeys);
            insertAssignees(key, "cooperating", t.cooperating(), unitKeys, groupKeys);
        }
        jdbc.sql(SqlFiles.load("query/plan/delete-other-tasks.sql"))
                .param("plan", planKey).param("numbers", keys.keySet().toArray(Integer[]::new)).update();
        jdbc.sql(SqlFiles.load("query/plan/delete-other-task-groups.sql"))
                .param("plan", planKey).param("codes", taskGroupKeys.keySet().toArray(String[]::new)).update();
        return keys;
    }

    private void insertAssignees(int taskKey, String role, List<UnitRef> refs, Map<String, Integer> unitKeys,
                                 Map<String, Integer> groupKeys) {
        for (int i = 0; i < refs.size(); i++) {
            UnitRef ref = refs.get(i);
            jdbc.sql(SqlFiles.load("query/plan/insert-task-assignee.sql"))
                    .param("task", taskKey).param("role", role).param("seq", i + 1)
                    .param("unit", ref.unitId() == null ? null : unitKeys.get(ref.unitId()))
                    .param("group", ref.groupCode() == null ? null : groupKeys.get(ref.groupCode())).update();
        }
    }

    private void upsertIndicators(Plan plan, int planKey, Map<String, Integer> unitKeys,
                                  Map<String, Integer> groupKeys, Map<Integer, Integer> taskKeys) {
        for (Indicator i : plan.indicators()) {
            int key = jdbc.sql(SqlFiles.load("query/plan/upsert-indicator.sql"))
                    .param("plan", planKey).param("code", i.code()).param("seq", i.seq()).param("name", i.name())
                    .param("num", i.numeratorLabel()).param("den", i.denominatorLabel()).param("target", i.targetPct())
                    .param("agg", i.aggregation()).param("dir", i.direction())
                    .param("task", i.taskNumber() == null ? null : taskKeys.get(i.taskNumber()))
                    .param("reporters", i.reportersText()).param("noun", i.unitNoun()).param("combine", i.combine())
                    .query(Integer.class).single();
            List<UnitRef> refs = i.reporters();
            for (int n = 0; n < refs.size(); n++) {
                UnitRef ref = refs.get(n);
                jdbc.sql(SqlFiles.load("query/plan/insert-indicator-reporter.sql"))
                        .param("indicator", key).param("seq", n + 1)
                        .param("unit", ref.unitId() == null ? null : unitKeys.get(ref.unitId()))
                        .param("group", ref.groupCode() == null ? null : groupKeys.get(ref.groupCode())).update();
            }
        }
        jdbc.sql(SqlFiles.load("query/plan/delete-other-indicators.sql"))
                .param("plan", planKey).param("codes", plan.indicators().stream().map(Indicator::code).toArray(String[]::new))
                .update();
    }


    private int recordRevision(Plan plan, int planKey, List<Change> changes) {
        int revisionNo = jdbc.sql(SqlFiles.load("query/plan/next-revision-no.sql"))
                .param("plan", planKey).query(Integer.class).single();
        int revisionKey = jdbc.sql(SqlFiles.load("query/plan/insert-revision.sql"))
                .param("plan", planKey).param("no", revisionNo).param("hash", plan.contentHash())
                .param("source", plan.source()).query(Integer.class).single();
        for (Change c : changes) {
            jdbc.sql(SqlFiles.load("query/plan/insert-change.sql"))
                    .param("revision", revisionKey).param("entity", c.entity()).param("code", c.code())
                    .param("field", c.field()).param("old", c.oldValue()).param("new", c.newValue()).update();
        }
        return revisionNo;
    }

    /** Counts for the summary line of {@code plan import}. */
    Map<String, Integer> counts(String planCode) {
        return jdbc.sql(SqlFiles.load("query/plan/counts.sql"))
                .param("code", planCode)
                .query((ResultSet rs, int n) -> Map.entry(rs.getString("what"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
