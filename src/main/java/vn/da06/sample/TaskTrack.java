package vn.da06.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import vn.da06.sample.MonthReport.TaskReport;
import vn.da06.template.UnitTemplate.Plan;
import vn.da06.template.UnitTemplate.TaskLine;

/**
 * How one unit works on one task over the plan year, decided up front from the dice: when it starts, when (and
 * whether) it finishes, on time or late. {@link #report} then says what the unit writes for a month.
 */
final class TaskTrack {

    private final TaskLine line;
    private final String issuer;
    private final Dice dice;
    private final YearMonth planStart;
    private final YearMonth planEnd;
    private final YearMonth start;
    /** Completion of a one-off task; null when it is not done within the plan. */
    private final LocalDate completion;
    /** A conditional task that does not concern the unit at all. */
    private final boolean notApplicable;
    /** Whether the unit fills in progress for an ongoing task (some leave it blank). */
    private final boolean tracksProgress;
    /** Number of the document that completes a one-off task. */
    private final int documentNumber;

    TaskTrack(TaskLine line, Plan plan, String issuer, Dice dice) {
        this.line = line;
        this.issuer = issuer;
        this.dice = dice;
        planStart = YearMonth.from(plan.startsOn());
        planEnd = YearMonth.from(plan.endsOn());
        notApplicable = "conditional".equals(line.deadlineKind()) && dice.chance(0.2);
        tracksProgress = dice.chance(0.7);
        documentNumber = dice.between(10, 250);
        start = firstMonth(line, dice);
        completion = "due_date".equals(line.deadlineKind()) ? completion(plan, dice) : null;
    }

    private YearMonth firstMonth(TaskLine task, Dice d) {
        return switch (task.deadlineKind()) {
            case "conditional" -> d.chance(0.5) ? planStart.plusMonths(d.between(3, 9)) : null;
            case "continuous" -> task.startsOn() != null ? later(planStart, YearMonth.from(task.startsOn()))
                    : planStart.plusMonths(d.between(0, 1));
            case "due_date" -> later(planStart, YearMonth.from(task.dueDate()).minusMonths(d.between(1, 5)));
            default -> planStart;
        };
    }

    /** Mostly on time (between the middle of the work and the deadline), sometimes late, a few never. */
    private LocalDate completion(Plan plan, Dice d) {
        LocalDate due = line.dueDate();
        LocalDate begun = start.atDay(1).isBefore(plan.startsOn()) ? plan.startsOn() : start.atDay(1);
        double outcome = d.uniform(0, 1);
        if (outcome < 0.75) {
            long span = Math.max(0, ChronoUnit.DAYS.between(begun, due));
            return due.minusDays(d.between(0, (int) (span / 2)));
        }
        return outcome < 0.93 ? due.plusDays(d.between(5, 80)) : null;
    }

    TaskReport report(YearMonth month) {
        TaskReport report = switch (line.deadlineKind()) {
            case "due_date" -> oneOff(month);
            case "monthly" -> monthly(month);
            case "continuous" -> ongoing(month);
            default -> conditional(month);
        };
        String difficulties = dice.chance(0.05) ? dice.pick(SampleTexts.DIFFICULTIES) : null;
        String proposals = dice.chance(0.03) ? dice.pick(SampleTexts.PROPOSALS) : null;
        return new TaskReport(report.status(), report.progress(), report.completedOn(), report.result(), difficulties,
                proposals);
    }

    private TaskReport oneOff(YearMonth month) {
        if (completion != null && !completion.isAfter(month.atEndOfMonth())) {
            return done(completion, SampleTexts.result(line.product(), issuer, completion, documentNumber));
        }
        if (month.isBefore(start)) {
            return new TaskReport("not_started", BigDecimal.ZERO, null, null, null, null);
        }
        YearMonth target = completion != null ? YearMonth.from(completion) : YearMonth.from(line.dueDate());
        double fraction = (months(start, month) + 1.0) / (Math.max(months(start, target), 0) + 2.0);
        return inProgress(progress(10 + 80 * fraction), null);
    }

    private TaskReport monthly(YearMonth month) {
        if (dice.chance(0.08)) {
            return inProgress(BigDecimal.valueOf(50), null);
        }
        int last = month.lengthOfMonth();
        Integer day = line.monthlyDay();
        int doneOn = day == null ? dice.between(15, last)
                : dice.chance(0.85) ? dice.between(Math.max(1, day - 7), day) : dice.between(day + 1, Math.min(last, day + 5));
        LocalDate date = month.atDay(doneOn);
        return done(date, SampleTexts.result(line.product(), issuer, date, dice.between(10, 250)));
    }

    private TaskReport ongoing(YearMonth month) {
        if (month.isBefore(start)) {
            return new TaskReport("not_started", null, null, null, null, null);
        }
        double fraction = (months(planStart, month) + 1.0) / (months(planStart, planEnd) + 1.0);
        String result = dice.chance(0.4) ? String.format(dice.pick(SampleTexts.ACTIVITIES), dice.between(2, 60)) : null;
        return inProgress(tracksProgress ? progress(40 + 55 * fraction) : null, result);
    }

    private TaskReport conditional(YearMonth month) {
        if (notApplicable) {
            return new TaskReport("not_applicable", null, null, null, null, null);
        }
        if (start == null || month.isBefore(start)) {
            return new TaskReport("not_started", BigDecimal.ZERO, null, null, null, null);
        }
        return inProgress(progress(Math.min(90, 20 + 15 * months(start, month))), null);
    }

    private static TaskReport done(LocalDate date, String result) {
        return new TaskReport("done", BigDecimal.valueOf(100), date, result, null, null);
    }

    private static TaskReport inProgress(BigDecimal progress, String result) {
        return new TaskReport("in_progress", progress, null, result, null, null);
    }

    /** Progress in steps of 5, now and then with a half (typed "62,5"), never 0 or 100 while in progress. */
    private BigDecimal progress(double percent) {
        long stepped = Math.min(95, Math.max(5, Math.round(percent / 5) * 5));
        return dice.chance(0.1) ? BigDecimal.valueOf(stepped * 10 - 25, 1) : BigDecimal.valueOf(stepped);
    }

    private static long months(YearMonth from, YearMonth to) {
        return ChronoUnit.MONTHS.between(from, to);
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
