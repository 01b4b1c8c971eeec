package vn.da06.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import vn.da06.sample.SampleRun.UnitMonth;

/**
 * Decides, for every unit and month of a sample run, whether the unit reports, on time or late, sends a second
 * workbook, or sends one with a mistake. Counts are fixed shares of the run, so even a one-month run has some of
 * each; lateness follows each unit's habit (most are punctual, a few are often late).
 */
final class SampleSchedule {

    enum Outcome { SENT, MISSING, RESENT, MISTAKE }

    /**
     * @param late    for SENT and RESENT, whether the (first) workbook arrives after the due date
     * @param mistake for MISTAKE, which one
     */
    record Entry(Outcome outcome, boolean late, Mistake mistake) {
    }

    private static final List<Double> LATENESS = List.of(0.03, 0.03, 0.03, 0.1, 0.1, 0.35);

    private SampleSchedule() {
    }

    static Map<UnitMonth, Entry> plan(List<UnitMonth> slots, long seed, BiPredicate<String, Mistake> applicable) {
        Dice dice = new Dice(seed, "schedule");
        List<UnitMonth> order = shuffled(slots, dice);
        Map<String, Double> lateness = new HashMap<>();
        slots.stream().map(UnitMonth::unitCode).distinct().sorted()
                .forEach(code -> lateness.put(code, dice.pick(LATENESS)));
        List<Mistake> mistakes = shuffled(Arrays.asList(Mistake.values()), dice);

        int mistakeCount = Math.min(Mistake.values().length, Math.max(1, slots.size() / 30));
        int missingCount = Math.max(1, slots.size() * 3 / 100);
        int resentCount = Math.max(1, slots.size() * 4 / 100);
        Map<UnitMonth, Entry> plan = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            UnitMonth slot = order.get(i);
            boolean late = dice.chance(lateness.get(slot.unitCode()));
            Mistake mistake = i < mistakeCount ? nextMistake(mistakes, slot.unitCode(), applicable) : null;
            Entry entry = mistake != null ? new Entry(Outcome.MISTAKE, false, mistake)
                    : i >= mistakeCount && i < mistakeCount + missingCount ? new Entry(Outcome.MISSING, false, null)
                    : i >= mistakeCount + missingCount && i < mistakeCount + missingCount + resentCount
                    ? new Entry(Outcome.RESENT, late, null)
                    : new Entry(Outcome.SENT, late, null);
            plan.put(slot, entry);
        }
        return plan;
    }

    /** The next mistake of the shuffled list that fits the unit (each once while they last), else any that fits. */
    private static Mistake nextMistake(List<Mistake> remaining, String unitCode, BiPredicate<String, Mistake> applicable) {
        for (Mistake m : remaining) {
            if (applicable.test(unitCode, m)) {
                remaining.remove(m);
                return m;
            }
        }
        return Arrays.stream(Mistake.values()).filter(m -> applicable.test(unitCode, m)).findFirst().orElse(null);
    }

    private static <T> List<T> shuffled(List<T> items, Dice dice) {
        List<T> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }
}
