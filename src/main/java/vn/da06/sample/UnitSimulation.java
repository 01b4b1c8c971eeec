package vn.da06.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.da06.sample.MonthReport.IndicatorReport;
import vn.da06.sample.MonthReport.TaskReport;
import vn.da06.template.UnitTemplate;
import vn.da06.template.UnitTemplate.IndicatorLine;
import vn.da06.template.UnitTemplate.TaskLine;
import vn.da06.template.UnitTemplate.Unit;

/**
 * One simulated unit over the months: what is true each month (its tasks and indicators move on whether or not it
 * reports), and what the warehouse last accepted from it, which pre-fills its next workbook.
 */
final class UnitSimulation {

    private final long seed;
    private final Unit unit;
    private final Map<String, TaskTrack> tasks = new HashMap<>();
    private final Map<String, IndicatorTrack> indicators = new HashMap<>();
    private final Dice dice;
    private final String preparer;
    private final String phone;
    private MonthReport lastAccepted;

    UnitSimulation(long seed, Unit unit) {
        this.seed = seed;
        this.unit = unit;
        this.dice = new Dice(seed, "unit", unit.code());
        preparer = dice.pick(SampleTexts.PREPARERS);
        phone = String.format("09%02d %03d %03d", dice.between(0, 99), dice.between(0, 999), dice.between(0, 999));
    }

    String preparer() {
        return preparer;
    }

    String phone() {
        return phone;
    }

    /** What the unit has to report for the template's month; ask every month in order. */
    MonthReport report(UnitTemplate template) {
        boolean commune = List.of("commune", "town", "ward").contains(unit.kind());
        String issuer = commune ? "UBND" : unit.code();
        Map<String, TaskReport> taskReports = new LinkedHashMap<>();
        for (TaskLine line : template.tasks()) {
            TaskTrack track = tasks.computeIfAbsent(line.code(),
                    code -> new TaskTrack(line, template.plan(), issuer, new Dice(seed, "task", unit.code(), code)));
            taskReports.put(line.code(), track.report(template.month()));
        }
        Map<String, IndicatorReport> indicatorReports = new LinkedHashMap<>();
        for (IndicatorLine line : template.indicators()) {
            IndicatorTrack track = indicators.computeIfAbsent(line.code(),
                    code -> new IndicatorTrack(line, template.plan(), commune, new Dice(seed, "indicator", unit.code(), code)));
            indicatorReports.put(line.code(), track.report(template.month()));
        }
        return new MonthReport(template.month(), taskReports, indicatorReports);
    }

    /** The first version of a workbook the unit later sends again: one figure it had wrong. */
    MonthReport draft(MonthReport report, Dice fileDice) {
        Map<String, TaskReport> draftTasks = new LinkedHashMap<>(report.tasks());
        Map<String, IndicatorReport> draftIndicators = new LinkedHashMap<>(report.indicators());
        List<String> counted = new ArrayList<>(report.indicators().entrySet().stream()
                .filter(e -> e.getValue().denominator() > 10).map(Map.Entry::getKey).toList());
        if (!counted.isEmpty()) {
            String code = fileDice.pick(counted);
            IndicatorReport right = report.indicators().get(code);
            long denominator = Math.round(right.denominator() * fileDice.uniform(0.7, 0.9));
            draftIndicators.put(code, new IndicatorReport(Math.min(right.numerator(), denominator), denominator, right.note()));
        } else if (!report.tasks().isEmpty()) {
            String code = fileDice.pick(new ArrayList<>(report.tasks().keySet()));
            TaskReport right = report.tasks().get(code);
            draftTasks.put(code, right.withStatus("in_progress", BigDecimal.valueOf(80), null));
        }
        return new MonthReport(report.month(), draftTasks, draftIndicators);
    }

    /** The template pre-filled with what the warehouse last accepted from the unit (nothing before its first report). */
    UnitTemplate prefilled(UnitTemplate template) {
        List<TaskLine> taskLines = template.tasks().stream().map(line -> line.withPrevious(
                lastAccepted == null || !lastAccepted.tasks().containsKey(line.code()) ? null
                        : lastAccepted.tasks().get(line.code()).asPrevious(lastAccepted.month()))).toList();
        List<IndicatorLine> indicatorLines = template.indicators().stream().map(line -> line.withPrevious(
                lastAccepted == null || !lastAccepted.indicators().containsKey(line.code()) ? null
                        : lastAccepted.indicators().get(line.code()).asPrevious(lastAccepted.month()))).toList();
        return new UnitTemplate(template.plan(), template.unit(), template.month(), taskLines, indicatorLines);
    }

    void accepted(MonthReport report) {
        lastAccepted = report;
    }
}
