package vn.da06.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan as read from its folder and checked: what {@link PlanStore} writes into the dimensions. */
record Plan(Header header, List<Unit> units, List<UnitGroup> unitGroups, List<TaskGroup> taskGroups,
            List<Task> tasks, List<Indicator> indicators, String contentHash, String source) {

    /**
     * @param unit the unit the plan belongs to (a district, a province or a commune), as a unit id (see
     *             {@link Unit#id()}) once the units are read; as written in plan.yml before
     */
    record Header(String code, String name, String decision, int year, LocalDate startsOn, LocalDate endsOn,
                  String issuingBody, String placeName, String unit, int reportDueDay, List<String> grounds,
                  List<String> recipients) {

        Header {
            grounds = List.copyOf(grounds);
            recipients = List.copyOf(recipients);
        }

        Header withUnit(String unitId) {
            return new Header(code, name, decision, year, startsOn, endsOn, issuingBody, placeName, unitId,
                    reportDueDay, grounds, recipients);
        }
    }

    /**
     * A unit over its validity. {@code parent} and {@code successor} are unit ids: a code alone does not name a
     * unit over time (codes are reused after a merger). {@code mail}: addresses allowed to send the unit's
     * workbooks by e-mail (optional column of units.csv).
     */
    record Unit(String code, String name, String kind, String gsoCode, String parent, List<String> aliases,
                LocalDate validFrom, LocalDate validTo, String successor, List<String> mail) {

        boolean overlaps(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
        }

        boolean validOn(LocalDate day) {
            return overlaps(day, day);
        }

        /** The unit's identity over time: its code and its first day, "21964@2025-07-01". */
        String id() {
            return id(code, validFrom);
        }

        static String id(String code, LocalDate validFrom) {
            return code + "@" + validFrom;
        }
    }

    /** A named group of units; {@code members} are unit ids. */
    record UnitGroup(String code, String name, List<String> aliases, List<String> members) {
    }

    record TaskGroup(String code, int seq, String name) {
    }

    record Task(int number, String groupCode, String content, String leadText, String cooperatingText,
                String product, String deadlineText, DeadlineRule deadline, List<UnitRef> leads,
                List<UnitRef> cooperating) {

        String code() {
            return taskCode(number);
        }
    }

    record Indicator(String code, int seq, String name, String numeratorLabel, String denominatorLabel,
                     BigDecimal targetPct, String aggregation, String direction, Integer taskNumber,
                     String reportersText, List<UnitRef> reporters, String unitNoun, String combine) {
    }

    /** A unit (by unit id, see {@link Unit#id()}) or a unit group (by code) named in a plan text. */
    record UnitRef(String unitId, String groupCode) {

        static UnitRef unit(String id) {
            return new UnitRef(id, null);
        }

        static UnitRef group(String code) {
            return new UnitRef(null, code);
        }
    }

    /** The code of task number n in workbooks: NV01, NV02 ... */
    static String taskCode(int number) {
        return String.format("NV%02d", number);
    }
}
