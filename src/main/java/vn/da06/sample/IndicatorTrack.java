package vn.da06.sample;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import vn.da06.sample.MonthReport.IndicatorReport;
import vn.da06.template.UnitTemplate.IndicatorLine;
import vn.da06.template.UnitTemplate.Plan;

/**
 * One unit's figures for one indicator over the plan year. The ratio moves from a starting level towards where the
 * unit ends the year: at or past the target for most units, short of it for some. A stock indicator (coverage)
 * grows month by month; a flow indicator counts each month afresh, so it varies around the trend.
 */
final class IndicatorTrack {

    private final IndicatorLine line;
    private final Dice dice;
    private final YearMonth planStart;
    private final long planMonths;
    private final double startRatio;
    private final double endRatio;
    private final double size;
    private long stockDenominator;
    private long stockNumerator;

    IndicatorTrack(IndicatorLine line, Plan plan, boolean commune, Dice dice) {
        this.line = line;
        this.dice = dice;
        planStart = YearMonth.from(plan.startsOn());
        planMonths = ChronoUnit.MONTHS.between(planStart, YearMonth.from(plan.endsOn())) + 1;
        double target = line.targetPct().doubleValue() / 100;
        boolean reachesTarget = dice.chance(0.7);
        if ("at_most".equals(line.direction())) {
            endRatio = target * (reachesTarget ? dice.uniform(0.85, 1.0) : dice.uniform(1.1, 1.4));
            startRatio = Math.min(1, endRatio * dice.uniform(1.3, 2.0));
        } else {
            endRatio = Math.min(1, target * (reachesTarget ? dice.uniform(1.0, 1.1) : dice.uniform(0.7, 0.95)));
            startRatio = endRatio * dice.uniform(0.45, 0.8);
        }
        // Log-uniform sizes: a commune counts tens to hundreds, a district office hundreds to thousands.
        size = commune ? Math.exp(dice.uniform(Math.log(40), Math.log(600)))
                : Math.exp(dice.uniform(Math.log(300), Math.log(4000)));
        stockDenominator = Math.round(size);
    }

    /** The figures for a month; months must be asked in order, since a stock carries over. */
    IndicatorReport report(YearMonth month) {
        double fraction = (ChronoUnit.MONTHS.between(planStart, month) + 1.0) / planMonths;
        double ratio = startRatio + (endRatio - startRatio) * fraction;
        return line.flow() ? flow(ratio) : stock(ratio);
    }

    private IndicatorReport stock(double ratio) {
        stockDenominator += Math.round(stockDenominator * dice.uniform(0, 0.015));
        long numerator = Math.min(stockDenominator, Math.round(stockDenominator * ratio));
        if (!"at_most".equals(line.direction())) {
            numerator = Math.min(stockDenominator, Math.max(numerator, stockNumerator));
        }
        stockNumerator = numerator;
        return new IndicatorReport(numerator, stockDenominator, note());
    }

    private IndicatorReport flow(double ratio) {
        if (dice.chance(0.03)) {
            return new IndicatorReport(0, 0, "Không phát sinh trong tháng.");
        }
        long denominator = Math.max(1, Math.round(size * dice.uniform(0.6, 1.4)));
        double noisy = Math.min(1, Math.max(0, ratio + 0.05 * dice.gaussian()));
        return new IndicatorReport(Math.round(denominator * noisy), denominator, note());
    }

    private String note() {
        return dice.chance(0.05) ? dice.pick(SampleTexts.ESTIMATE_NOTES) : null;
    }
}
