package vn.da06.plan;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.da06.base.VietnameseText;
import vn.da06.plan.Plan.Indicator;
import vn.da06.plan.Plan.Task;
import vn.da06.plan.Plan.TaskGroup;
import vn.da06.plan.Plan.Unit;
import vn.da06.plan.Plan.UnitGroup;
import vn.da06.plan.Plan.UnitRef;

/**
 * Reads a plan folder (plan.yml, units.csv, unit-groups.csv, tasks.csv, indicators.csv; see the README of the
 * bundled plan) and checks it whole. Every problem is collected with its file, row and text, and reported together.
 */
final class PlanReader {

    static final String PLAN_FILE = "plan.yml";
    static final String UNITS_FILE = "units.csv";
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s|]+@[^@\\s|]+\\.[^@\\s|]+");
    static final String GROUPS_FILE = "unit-groups.csv";
    static final String TASKS_FILE = "tasks.csv";
    static final String INDICATORS_FILE = "indicators.csv";
    private static final List<String> FILES = List.of(PLAN_FILE, UNITS_FILE, GROUPS_FILE, TASKS_FILE, INDICATORS_FILE);

    private static final Set<String> KINDS = Set.of("province", "department", "district", "district_office", "commune",
            "town", "ward", "external");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    /** A reference to a unit at a date: "21964@2025-07-01" names the unit with code 21964 valid from that day. */
    private static final Pattern UNIT_AT = Pattern.compile("([A-Za-z0-9_-]{1,32})@(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    private static final Pattern GROUP_COUNT = Pattern.compile("\\((\\d+) NHIỆM VỤ\\)", Pattern.CASE_INSENSITIVE);
    private static final List<String> TASK_COLUMNS = List.of("STT", "Nội dung, nhiệm vụ cụ thể", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Kết quả sản phẩm", "Thời gian hoàn thành");

    private final Path dir;
    private final List<String> problems = new ArrayList<>();

    private PlanReader(Path dir) {
        this.dir = dir;
    }

    /** The plan in the folder, or a {@link PlanFileException} listing every problem found. */
    static Plan read(Path dir) {
        return new PlanReader(dir).read();
    }

    private Plan read() {
        if (!Files.isDirectory(dir)) {
            throw new PlanFileException(List.of("không có thư mục kế hoạch " + dir));
        }
        Plan.Header header = readHeader();
        List<Unit> units = readUnits();
        header = planUnit(header, units);
        List<UnitGroup> groups = readGroups(header, units);
        UnitNames names = names(header, units, groups);
        List<TaskGroup> taskGroups = new ArrayList<>();
        List<Task> tasks = readTasks(names, taskGroups);
        List<Indicator> indicators = readIndicators(names, tasks);
        if (!problems.isEmpty()) {
            throw new PlanFileException(problems);
        }
        return new Plan(header, units, groups, taskGroups, tasks, indicators, contentHash(), dir.toString());
    }

    // ------------------------------------------------------------------ plan.yml

    private Plan.Header readHeader() {
        Map<String, Object> yaml;
        try (Reader reader = Files.newBufferedReader(dir.resolve(PLAN_FILE), StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(PLAN_FILE + ": tệp phải là các dòng \"khóa: giá trị\".");
                return null;
            }
            yaml = new LinkedHashMap<>();
            map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
        } catch (NoSuchFileException e) {
            problems.add("thiếu tệp " + PLAN_FILE + " trong " + dir + ".");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(PLAN_FILE + ": không đọc được (" + e.getMessage() + ").");
            return null;
        }
        String code = text(yaml, "code");
        if (code != null && !UNIT_CODE.matcher(code).matches()) {
            problems.add(PLAN_FILE + ", code: mã kế hoạch \"" + code + "\" chỉ được gồm chữ không dấu, số, '-' và '_'.");
        }
        LocalDate startsOn = date(yaml, "starts_on");
        LocalDate endsOn = date(yaml, "ends_on");
        Integer year = integer(yaml, "year");
        Integer dueDay = integer(yaml, "report_due_day");
        if (dueDay != null && (dueDay < 1 || dueDay > 28)) {
            problems.add(PLAN_FILE + ", report_due_day: ngày hạn báo cáo \"" + dueDay + "\" phải từ 1 đến 28.");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(PLAN_FILE + ": ends_on (" + endsOn + ") trước starts_on (" + startsOn + ").");
        }
        Plan.Header header = new Plan.Header(code, text(yaml, "name"), optionalText(yaml, "decision"),
                year == null ? 0 : year, startsOn, endsOn, text(yaml, "issuing_body"), text(yaml, "place_name"),
                unit(yaml), dueDay == null ? 12 : dueDay, texts(yaml, "grounds"), texts(yaml, "recipients"));
        return Arrays.asList(header.code(), header.name(), startsOn, endsOn, year, header.issuingBody(),
                header.placeName(), header.unit()).contains(null) ? null : header;
    }

    /** The unit the plan belongs to: "unit", or "district_unit" as plan folders written for a district name it. */
    private String unit(Map<String, Object> yaml) {
        String unit = optionalText(yaml, "unit");
        String district = optionalText(yaml, "district_unit");
        if (unit != null && district != null && !unit.equals(district)) {
            problems.add(PLAN_FILE + ": \"unit\" (" + unit + ") và \"district_unit\" (" + district
                    + ") phải là một đơn vị; chỉ cần ghi \"unit\".");
        }
        if (unit == null && district == null) {
            problems.add(PLAN_FILE + ": thiếu khóa \"unit\" (đơn vị ban hành kế hoạch: huyện, tỉnh hoặc xã).");
        }
        return unit != null ? unit : district;
    }

    private String text(Map<String, Object> yaml, String key) {
        String value = optionalText(yaml, key);
        if (value == null) {
            problems.add(PLAN_FILE + ": thiếu khóa \"" + key + "\".");
        }
        return value;
    }

    private static String optionalText(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        String text = value == null ? null : VietnameseText.clean(String.valueOf(value));
        return text == null || text.isEmpty() ? null : text;
    }

    /** An optional list of texts ("grounds", "recipients"): one entry per line item of the YAML list. */
    private List<String> texts(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(PLAN_FILE + ", " + key + ": cần một danh sách, mỗi dòng bắt đầu bằng \"- \".");
            return List.of();
        }
        return items.stream().map(item -> VietnameseText.clean(String.valueOf(item))).filter(t -> !t.isEmpty()).toList();
    }

    private Integer integer(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value instanceof Integer i) {
            return i;
        }
        problems.add(PLAN_FILE + ", " + key + ": cần một số nguyên" + (value == null ? "." : ", không phải \"" + value + "\"."));
        return null;
    }

    private LocalDate date(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            problems.add(PLAN_FILE + ", " + key + ": cần một ngày dạng 2024-01-31, không phải \"" + value + "\".");
            return null;
        }
    }

    // ------------------------------------------------------------------ units.csv, unit-groups.csv

    private List<Unit> readUnits() {
        List<Unit> read = new ArrayList<>();
        List<String[]> links = new ArrayList<>();
        forEachRow(UNITS_FILE, List.of("code", "name", "kind", "gso_code", "parent", "aliases", "valid_from",
                "valid_to", "successor"), row -> {
            String code = row.get("code");
            if (!UNIT_CODE.matcher(code).matches()) {
                row.problem("mã đơn vị \"" + code + "\" chỉ được gồm chữ không dấu, số, '-' và '_'");
            }
            if (row.get("name").isEmpty()) {
                row.problem("thiếu tên đơn vị " + code);
            }
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                row.problem("loại đơn vị \"" + kind + "\" phải là một trong " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            LocalDate from = row.date("valid_from");
            LocalDate to = row.get("valid_to").isEmpty() ? null : row.date("valid_to");
            if (from == null) {
                return;
            }
            if (to != null && to.isBefore(from)) {
                row.problem("valid_to (" + to + ") trước valid_from (" + from + ")");
            }
            for (Unit other : read) {
                if (other.code().equals(code) && other.overlaps(from, to == null ? LocalDate.MAX : to)) {
                    row.problem("mã đơn vị \"" + code + "\" đã dùng cho \"" + other.name() + "\" trong cùng thời gian");
                }
            }
            if (!row.get("successor").isEmpty() && to == null) {
                row.problem("đơn vị " + code + " có đơn vị kế thừa (" + row.get("successor") + ") nên phải có valid_to "
                        + "(ngày cuối cùng đơn vị tồn tại)");
            }
            read.add(new Unit(code, row.get("name"), kind, emptyToNull(row.get("gso_code")), null, row.list("aliases"),
                    from, to, null, mailAddresses(row)));
            links.add(new String[] {row.get("parent"), row.get("successor"), Long.toString(row.line())});
        });
        // Parent and successor name a unit at a date: "code@valid_from", or a bare code read as the unit with that
        // code valid on the day the link applies (the parent on the child's first day, the successor on the day
        // after the predecessor's last).
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Unit unit = read.get(i);
            String where = UNITS_FILE + ", dòng " + links.get(i)[2] + ", đơn vị " + unit.code() + ": ";
            Unit parent = links.get(i)[0].isEmpty() ? null
                    : resolve(read, links.get(i)[0], unit.validFrom(), where + "đơn vị cấp trên");
            if (parent != null && !(parent.validOn(unit.validFrom())
                    && (unit.validTo() == null ? parent.validTo() == null : parent.validOn(unit.validTo())))) {
                problems.add(where + "đơn vị cấp trên " + parent.id() + " không tồn tại suốt thời gian của đơn vị ("
                        + unit.validFrom() + " đến " + (unit.validTo() == null ? "nay" : unit.validTo()) + ").");
            }
            Unit successor = links.get(i)[1].isEmpty() || unit.validTo() == null ? null
                    : resolve(read, links.get(i)[1], unit.validTo().plusDays(1), where + "đơn vị kế thừa");
            if (successor != null && !successor.validOn(unit.validTo().plusDays(1))) {
                problems.add(where + "đơn vị kế thừa " + successor.id() + " không tồn tại vào ngày "
                        + unit.validTo().plusDays(1) + ", ngày sau khi đơn vị kết thúc.");
            }
            units.add(new Unit(unit.code(), unit.name(), unit.kind(), unit.gsoCode(), parent == null ? null : parent.id(),
                    unit.aliases(), unit.validFrom(), unit.validTo(), successor == null ? null : successor.id(), unit.mail()));
        }
        checkParentCycles(units);
        return units;
    }

    /** The optional column {@code mail}: addresses separated by '|', each checked for the shape of an address. */
    private static List<String> mailAddresses(Row row) {
        List<String> addresses = row.list("mail").stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList();
        for (String address : addresses) {
            if (!MAIL_ADDRESS.matcher(address).matches()) {
                row.problem("địa chỉ thư \"" + address + "\" không đúng dạng ten@mien.vn");
            }
        }
        return addresses;
    }

    /** The unit a reference names: "code@valid_from" exactly, or the unit with the code valid on {@code on}. */
    private Unit resolve(List<Unit> units, String reference, LocalDate on, String role) {
        Matcher at = UNIT_AT.matcher(reference);
        Optional<Unit> found;
        if (at.matches()) {
            LocalDate from;
            try {
                from = LocalDate.parse(at.group(2));
            } catch (DateTimeParseException e) {
                problems.add(role + " \"" + reference + "\": ngày sau @ phải là ngày dạng 2025-07-01.");
                return null;
            }
            found = units.stream().filter(u -> u.code().equals(at.group(1)) && u.validFrom().equals(from)).findFirst();
        } else {
            found = units.stream().filter(u -> u.code().equals(reference) && u.validOn(on)).findFirst();
        }
        if (found.isEmpty()) {
            problems.add(role + " \"" + reference + "\" không có trong " + UNITS_FILE
                    + (at.matches() ? "" : " vào ngày " + on) + " (ghi mã@ngày bắt đầu, ví dụ 21964@2025-07-01).");
        }
        return found.orElse(null);
    }

    /** A unit cannot be its own ancestor. */
    private void checkParentCycles(List<Unit> units) {
        Map<String, String> parents = new LinkedHashMap<>();
        units.forEach(u -> parents.put(u.id(), u.parent()));
        for (Unit unit : units) {
            Set<String> seen = new java.util.HashSet<>();
            for (String id = unit.id(); id != null; id = parents.get(id)) {
                if (!seen.add(id)) {
                    problems.add(UNITS_FILE + ", đơn vị " + unit.id() + ": các đơn vị cấp trên tạo thành vòng lặp.");
                    break;
                }
            }
        }
    }

    /** The plan's unit, as a unit id: the unit with the plan.yml code that exists for the whole plan. */
    private Plan.Header planUnit(Plan.Header header, List<Unit> units) {
        if (header == null) {
            return null;
        }
        Optional<Unit> unit = units.stream().filter(u -> u.code().equals(header.unit())
                && u.validOn(header.startsOn()) && u.validOn(header.endsOn())).findFirst();
        if (unit.isEmpty()) {
            problems.add(PLAN_FILE + ", unit: không có đơn vị \"" + header.unit() + "\" trong " + UNITS_FILE
                    + " tồn tại suốt thời gian của kế hoạch (" + header.startsOn() + " đến " + header.endsOn() + ").");
            return header;
        }
        return header.withUnit(unit.get().id());
    }

    private List<UnitGroup> readGroups(Plan.Header header, List<Unit> units) {
        List<UnitGroup> groups = new ArrayList<>();
        forEachRow(GROUPS_FILE, List.of("code", "name", "aliases", "members"), row -> {
            String code = row.get("code");
            if (!UNIT_CODE.matcher(code).matches()) {
                row.problem("mã nhóm \"" + code + "\" chỉ được gồm chữ không dấu, số, '-' và '_'");
            }
            if (groups.stream().anyMatch(g -> g.code().equals(code))) {
                row.problem("mã nhóm \"" + code + "\" bị trùng");
            }
            List<String> members = new ArrayList<>();
            for (String member : row.get("members").isEmpty() ? List.<String>of() : List.of(row.get("members").split("[\\s,;]+"))) {
                if (header != null) {
                    member(units, member, header).ifPresentOrElse(u -> members.add(u.id()), () -> row.problem("thành viên \""
                            + member + "\" không có trong " + UNITS_FILE + " trong thời gian của kế hoạch, hoặc mã này chỉ "
                            + "nhiều đơn vị trong thời gian đó (khi ấy ghi mã@ngày bắt đầu, ví dụ 21952@2025-07-01)"));
                }
            }
            groups.add(new UnitGroup(code, row.get("name"), row.list("aliases"), members));
        });
        return groups;
    }

    /** A group member: "code@valid_from", or the one unit with the code that exists during the plan. */
    private static Optional<Unit> member(List<Unit> units, String reference, Plan.Header header) {
        Matcher at = UNIT_AT.matcher(reference);
        List<Unit> found = units.stream().filter(u -> at.matches()
                ? u.code().equals(at.group(1)) && u.validFrom().toString().equals(at.group(2))
                : u.code().equals(reference)).filter(u -> u.overlaps(header.startsOn(), header.endsOn())).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private UnitNames names(Plan.Header header, List<Unit> units, List<UnitGroup> groups) {
        UnitNames names = new UnitNames();
        if (header == null) {
            return names;
        }
        // The plan's own unit and the units above it are who issues the plan, not who carries it out.
        Set<String> above = new java.util.HashSet<>();
        Map<String, Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (String id = header.unit(); id != null; id = byId.containsKey(id) ? byId.get(id).parent() : null) {
            above.add(id);
        }
        for (Unit unit : units) {
            if (unit.overlaps(header.startsOn(), header.endsOn()) && !above.contains(unit.id())) {
                register(names, UnitRef.unit(unit.id()), unit.name(), unit.aliases(), UNITS_FILE);
            }
        }
        for (UnitGroup group : groups) {
            register(names, UnitRef.group(group.code()), group.name(), group.aliases(), GROUPS_FILE);
        }
        return names;
    }

    private void register(UnitNames names, UnitRef ref, String name, List<String> aliases, String file) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        for (String alias : all) {
            names.add(alias, ref).ifPresent(previous -> problems.add(file + ": tên \"" + alias + "\" của "
                    + describe(ref) + " trùng với tên của " + describe(previous) + "."));
        }
    }

    private static String describe(UnitRef ref) {
        return ref.unitId() != null ? "đơn vị " + ref.unitId() : "nhóm " + ref.groupCode();
    }

    // ------------------------------------------------------------------ tasks.csv

    private List<Task> readTasks(UnitNames names, List<TaskGroup> taskGroups) {
        List<Task> tasks = new ArrayList<>();
        Map<String, Integer> declaredCounts = new LinkedHashMap<>();
        forEachRow(TASKS_FILE, TASK_COLUMNS, row -> {
            String stt = row.get("STT");
            String content = row.get(TASK_COLUMNS.get(1));
            if (ROMAN.matcher(stt).matches()) {
                if (taskGroups.stream().anyMatch(g -> g.code().equals(stt))) {
                    row.problem("nhóm nhiệm vụ " + stt + " bị trùng");
                }
                taskGroups.add(new TaskGroup(stt, taskGroups.size() + 1, content));
                Matcher count = GROUP_COUNT.matcher(content);
                if (count.find()) {
                    declaredCounts.put(stt, Integer.parseInt(count.group(1)));
                }
                return;
            }
            if (!stt.matches("\\d{1,3}")) {
                row.problem("STT \"" + stt + "\" phải là số thứ tự nhiệm vụ hoặc số La Mã của nhóm");
                return;
            }
            int number = Integer.parseInt(stt);
            if (taskGroups.isEmpty()) {
                row.problem("nhiệm vụ " + number + " đứng trước dòng tên nhóm đầu tiên (I, II, ...)");
                return;
            }
            if (tasks.stream().anyMatch(t -> t.number() == number)) {
                row.problem("STT " + number + " bị trùng");
            }
            if (content.isEmpty()) {
                row.problem("nhiệm vụ " + number + " thiếu nội dung");
            }
            String lead = row.get(TASK_COLUMNS.get(2));
            String cooperating = row.get(TASK_COLUMNS.get(3));
            List<UnitRef> leads = row.units(names, TASK_COLUMNS.get(2));
            if (lead.isEmpty()) {
                row.problem("nhiệm vụ " + number + " thiếu đơn vị chủ trì");
            }
            List<UnitRef> coops = row.units(names, TASK_COLUMNS.get(3));
            String deadlineText = row.get(TASK_COLUMNS.get(5));
            Optional<DeadlineRule> deadline = DeadlineParser.parse(deadlineText);
            if (deadline.isEmpty()) {
                row.problem("không hiểu thời gian hoàn thành \"" + deadlineText + "\" (dùng dạng \"Tháng 3/2024\", \"Quý II/2024\", "
                        + "\"Trong năm 2024\", \"Hàng tháng\", \"Ngày 22 hàng tháng\", \"Thường xuyên\", \"Sau khi ...\")");
            }
            tasks.add(new Task(number, taskGroups.get(taskGroups.size() - 1).code(), content, lead, cooperating,
                    row.get(TASK_COLUMNS.get(4)), deadlineText, deadline.orElse(null), leads, coops));
        });
        declaredCounts.forEach((group, declared) -> {
            long actual = tasks.stream().filter(t -> t.groupCode().equals(group)).count();
            if (actual != declared) {
                problems.add(TASKS_FILE + ", nhóm " + group + ": tên nhóm ghi " + declared + " nhiệm vụ nhưng có " + actual + ".");
            }
        });
        return tasks;
    }

    // ------------------------------------------------------------------ indicators.csv

    private List<Indicator> readIndicators(UnitNames names, List<Task> tasks) {
        List<Indicator> indicators = new ArrayList<>();
        forEachRow(INDICATORS_FILE, List.of("code", "name", "numerator", "denominator", "target", "aggregation",
                "direction", "task", "reporters"), row -> {
            String code = row.get("code");
            if (!UNIT_CODE.matcher(code).matches()) {
                row.problem("mã chỉ tiêu \"" + code + "\" chỉ được gồm chữ không dấu, số, '-' và '_'");
            }
            if (indicators.stream().anyMatch(i -> i.code().equals(code))) {
                row.problem("mã chỉ tiêu \"" + code + "\" bị trùng");
            }
            BigDecimal target = row.decimal("target");
            if (target != null && (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0)) {
                row.problem("mục tiêu \"" + row.get("target") + "\" phải từ 0 đến 100 (%)");
            }
            String aggregation = row.get("aggregation");
            if (!Set.of("stock", "flow").contains(aggregation)) {
                row.problem("aggregation \"" + aggregation + "\" phải là stock (lấy số cuối kỳ) hoặc flow (cộng dồn trong kỳ)");
            }
            String direction = row.get("direction");
            if (!Set.of("at_least", "at_most").contains(direction)) {
                row.problem("direction \"" + direction + "\" phải là at_least hoặc at_most");
            }
            Integer task = null;
            if (!row.get("task").isEmpty()) {
                String taskText = row.get("task");
                task = taskText.matches("\\d{1,3}") ? Integer.valueOf(taskText) : null;
                Integer number = task;
                if (number == null || tasks.stream().noneMatch(t -> t.number() == number)) {
                    row.problem("không có nhiệm vụ \"" + taskText + "\" trong " + TASKS_FILE);
                }
            }
            String combine = row.get("combine").isEmpty() ? "sum" : row.get("combine");
            if (!Set.of("sum", "per_unit").contains(combine)) {
                row.problem("combine \"" + combine + "\" phải là sum (cộng các đơn vị) hoặc per_unit (chỉ xem từng đơn vị)");
            }
            String unitNoun = row.get("unit_noun").isEmpty() ? "trường hợp" : row.get("unit_noun");
            List<UnitRef> reporters = row.units(names, "reporters");
            if (reporters.isEmpty() && row.get("reporters").isEmpty()) {
                row.problem("chỉ tiêu " + code + " chưa có đơn vị báo cáo (cột reporters)");
            }
            indicators.add(new Indicator(code, indicators.size() + 1, row.get("name"), row.get("numerator"),
                    row.get("denominator"), target, aggregation, direction, task, row.get("reporters"), reporters,
                    unitNoun, combine));
        });
        return indicators;
    }

    // ------------------------------------------------------------------ CSV plumbing

    private void forEachRow(String file, List<String> columns, java.util.function.Consumer<Row> action) {
        // Lines starting with # are notes for the people who keep the files (sources, doubts), not data.
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            Function<String, String> key = VietnameseText::key;
            List<String> missing = columns.stream()
                    .filter(c -> header.stream().map(key).noneMatch(key.apply(c)::equals)).toList();
            if (!missing.isEmpty()) {
                problems.add(file + ", dòng 1: thiếu cột " + String.join(", ", missing) + ".");
                return;
            }
            long notes = parser.hasHeaderComment() ? parser.getHeaderComment().lines().count() : 0;
            for (CSVRecord record : parser) {
                notes += record.hasComment() ? record.getComment().lines().count() : 0;
                action.accept(new Row(file, record, header, notes));
            }
        } catch (NoSuchFileException e) {
            problems.add("thiếu tệp " + file + " trong " + dir + ".");
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": không đọc được (" + e.getMessage() + ").");
        }
    }

    /** One CSV row: values by column name, and problems reported with the file and the row as a spreadsheet shows it. */
    private final class Row {
        private final String file;
        private final CSVRecord record;
        private final List<String> header;
        private final long notesAbove;

        Row(String file, CSVRecord record, List<String> header, long notesAbove) {
            this.file = file;
            this.record = record;
            this.header = header;
            this.notesAbove = notesAbove;
        }

        String get(String column) {
            for (int i = 0; i < header.size(); i++) {
                if (VietnameseText.key(header.get(i)).equals(VietnameseText.key(column))) {
                    return i < record.size() ? VietnameseText.clean(record.get(i)) : "";
                }
            }
            return "";
        }

        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(get(column));
            } catch (DateTimeParseException e) {
                problem(column + " \"" + get(column) + "\" phải là ngày dạng 2024-01-31");
                return null;
            }
        }

        BigDecimal decimal(String column) {
            try {
                return new BigDecimal(get(column).replace(',', '.'));
            } catch (NumberFormatException e) {
                problem(column + " \"" + get(column) + "\" phải là một số");
                return null;
            }
        }

        List<UnitRef> units(UnitNames names, String column) {
            String text = get(column);
            UnitNames.Result result = names.read(text);
            if (result.unknown() != null) {
                problem("không nhận ra đơn vị \"" + result.unknown() + "\" trong \"" + text
                        + "\" (cột " + column + "); thêm tên này vào " + UNITS_FILE + " hoặc " + GROUPS_FILE);
            }
            return result.refs();
        }

        void problem(String message) {
            problems.add(file + ", dòng " + line() + ": " + message + ".");
        }

        /** The row's line as a spreadsheet shows it (the header is line 1, note lines count). */
        long line() {
            return record.getRecordNumber() + 1 + notesAbove;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(dir.resolve(file)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash plan files in " + dir, e);
        }
    }
}
