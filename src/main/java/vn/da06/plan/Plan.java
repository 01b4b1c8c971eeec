package vn.da06.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan as read from its folder and checked: what {@link PlanStore} writes into the dimensions. */
record Plan(Header header, List<Unit> units, List<UnitGroup> unitGroups, List<TaskGroup> taskGroups,
            List<Task> tasks, List<Indicator> indicators, String contentHash, String source) {

    record Header(String code, String name, String decision, int year, LocalDate startsOn, LocalDate endsOn,
                  String issuingBody, String placeName, String districtUnit, int reportDueDay, List<String> grounds,
                  List<String> recipients) {

        Header {
            grounds = List.copyOf(grounds);
            recipients = List.copyOf(recipients);
        }
    }

    /** {@code mail}: addresses allowed to send the unit's workbooks by e-mail (optional column of units.csv). */
    record Unit(String code, String name, String kind, String gsoCode, String parent, List<String> aliases,
                LocalDate validFrom, LocalDate validTo, String successor, List<String> mail) {

        boolean overlaps(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
        }
    }

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

    /** A unit or a unit group named in a plan text, by code. */
    record UnitRef(String unitCode, String groupCode) {

        static UnitRef unit(String code) {
            return new UnitRef(code, null);
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
