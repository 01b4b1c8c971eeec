package vn.da06.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.base.Progress;
import vn.da06.sample.SampleFile.Kind;
import vn.da06.sample.SampleRun.UnitMonth;
import vn.da06.sample.SampleSchedule.Entry;
import vn.da06.template.TemplateCatalog;
import vn.da06.template.TemplateFiles;
import vn.da06.template.TemplateGenerator;
import vn.da06.template.TemplateWorkbook;
import vn.da06.template.UnitTemplate;
import vn.da06.template.UnitTemplate.Plan;
import vn.da06.template.UnitTemplate.Unit;

/**
 * Writes the workbooks units would send over some months, in the inbox layout {@code <out>/<unit code>/<file>},
 * each file's last-modified time set to its simulated arrival. Deterministic for a seed: the same seed gives the
 * same cell values, arrivals and mistakes. Units' figures carry over month to month as the warehouse would see
 * them: each template is pre-filled with the unit's last workbook that the import would accept.
 */
@Component
public class SampleWorkbooks {

    /** Seed used when none is given. */
    public static final long DEFAULT_SEED = 2024;

    private final TemplateCatalog catalog;
    private final TemplateGenerator generator;
    /** Units' clocks: arrival times are office hours in da06's zone. */
    private final ZoneId zone;

    SampleWorkbooks(TemplateCatalog catalog, TemplateGenerator generator, Da06Properties properties) {
        this.catalog = catalog;
        this.generator = generator;
        this.zone = properties.zone();
    }

    /**
     * @param planCode plan code, or null for the latest plan
     * @param months   reporting months, all within the plan
     */
    public SampleRun generate(String planCode, MonthRange months, long seed, Path outDir) {
        Plan plan = catalog.plan(planCode, months);
        Map<YearMonth, Map<String, UnitTemplate>> templates = templates(plan, months);
        List<UnitMonth> slots = templates.entrySet().stream()
                .flatMap(e -> e.getValue().keySet().stream().map(code -> new UnitMonth(code, e.getKey()))).toList();
        Map<String, UnitTemplate> firstMonth = templates.get(months.first());
        Map<UnitMonth, Entry> schedule = SampleSchedule.plan(slots, seed, (code, mistake) -> firstMonth.containsKey(code)
                && MistakeWriter.applicable(mistake, firstMonth.get(code), firstMonth.values()));

        Map<String, UnitSimulation> units = new HashMap<>();
        List<SampleFile> files = new ArrayList<>();
        List<UnitMonth> missing = new ArrayList<>();
        try (Progress progress = Progress.start("Tạo tệp báo cáo mẫu", slots.size(), " đơn vị-tháng")) {
            for (UnitMonth slot : slots) {
                Map<String, UnitTemplate> sameMonth = templates.get(slot.month());
                UnitTemplate raw = sameMonth.get(slot.unitCode());
                UnitSimulation unit = units.computeIfAbsent(slot.unitCode(), code -> new UnitSimulation(seed, raw.unit()));
                Outbox outbox = new Outbox(unit.prefilled(raw), sameMonth, outDir.resolve(slot.unitCode()),
                        new Dice(seed, "file", slot.unitCode(), slot.month()));
                MonthReport report = unit.report(outbox.template);
                Entry entry = schedule.get(slot);
                if (entry.outcome() == SampleSchedule.Outcome.MISSING) {
                    missing.add(slot);
                } else {
                    files.addAll(outbox.send(entry, unit, report));
                }
                progress.step();
            }
        }
        return new SampleRun(files, missing);
    }

    /** Every reporting unit's rows for every month, without the warehouse's values: the run carries its own. */
    private Map<YearMonth, Map<String, UnitTemplate>> templates(Plan plan, MonthRange months) {
        Map<YearMonth, Map<String, UnitTemplate>> templates = new LinkedHashMap<>();
        for (YearMonth month : months.months()) {
            Map<String, UnitTemplate> byUnit = new LinkedHashMap<>();
            for (Unit unit : catalog.reportingUnits(plan, month)) {
                byUnit.put(unit.code(), catalog.template(plan, unit, month).withoutPrevious());
            }
            templates.put(month, byUnit);
        }
        return templates;
    }

    /** On time: a working hour between the 1st and the due day of the next month; late: up to 15 days after it. */
    private ZonedDateTime firstArrival(Plan plan, YearMonth month, boolean late, Dice dice) {
        LocalDate due = plan.dueDate(month);
        LocalDate day = late ? due.plusDays(dice.between(1, 15)) : month.plusMonths(1).atDay(dice.between(1, due.getDayOfMonth()));
        return day.atTime(LocalTime.of(dice.between(7, 16), dice.between(0, 59), dice.between(0, 59))).atZone(zone);
    }

    /** What one unit sends for one month: its template, the month's other templates, its inbox folder, its dice. */
    private final class Outbox {
        private final UnitTemplate template;
        private final Map<String, UnitTemplate> sameMonth;
        private final Path folder;
        private final Dice dice;

        Outbox(UnitTemplate template, Map<String, UnitTemplate> sameMonth, Path folder, Dice dice) {
            this.template = template;
            this.sameMonth = sameMonth;
            this.folder = folder;
            this.dice = dice;
        }

        /** Writes the month's file or files as scheduled; what the import would accept pre-fills the next month. */
        List<SampleFile> send(Entry entry, UnitSimulation unit, MonthReport report) {
            Plan plan = template.plan();
            YearMonth month = template.month();
            return switch (entry.outcome()) {
                case SENT -> {
                    SampleFile file = send(unit, report, firstArrival(plan, month, entry.late(), dice));
                    unit.accepted(report);
                    yield List.of(file);
                }
                case RESENT -> {
                    ZonedDateTime first = firstArrival(plan, month, entry.late(), dice);
                    SampleFile draft = send(unit, unit.draft(report, dice), first);
                    SampleFile corrected = resend(unit, report, first.plusDays(dice.between(1, 4)).plusHours(dice.between(0, 5)));
                    unit.accepted(report);
                    yield List.of(draft, corrected);
                }
                case MISTAKE -> List.of(sendWithMistake(unit, report, entry.mistake(), firstArrival(plan, month, false, dice)));
                case MISSING -> List.of();
            };
        }

        private SampleFile send(UnitSimulation unit, MonthReport report, ZonedDateTime arrival) {
            Path file = folder.resolve(TemplateFiles.fileName(template.unit().code(), template.month()));
            write(filled(template, unit, report, arrival), file, arrival);
            boolean late = arrival.toLocalDate().isAfter(template.plan().dueDate(template.month()));
            return sampleFile(file, arrival, late ? Kind.LATE : Kind.ON_TIME, null, null);
        }

        private SampleFile resend(UnitSimulation unit, MonthReport report, ZonedDateTime arrival) {
            Path file = folder.resolve(TemplateFiles.resubmissionName(template.unit().code(), template.month(), 2));
            write(filled(template, unit, report, arrival), file, arrival);
            return sampleFile(file, arrival, Kind.RESUBMISSION, null, "gửi lại, sửa số liệu của tệp gửi trước");
        }

        private SampleFile sendWithMistake(UnitSimulation unit, MonthReport report, Mistake mistake, ZonedDateTime arrival) {
            if (mistake == Mistake.OTHER_UNIT_WORKBOOK) {
                UnitTemplate other = otherUnit();
                Path file = folder.resolve(TemplateFiles.fileName(other.unit().code(), template.month()));
                write(filled(other, unit, report, arrival), file, arrival);
                return sampleFile(file, arrival, Kind.MISTAKE, mistake, "tệp " + file.getFileName() + " là mẫu của đơn vị "
                        + other.unit().code() + " (" + other.unit().name() + "), gửi trong thư mục của đơn vị "
                        + template.unit().code());
            }
            XSSFWorkbook workbook = filled(template, unit, report, arrival);
            String detail = MistakeWriter.apply(mistake, workbook, template, report, sameMonth.values(), dice);
            Path file = folder.resolve(TemplateFiles.fileName(template.unit().code(), template.month()));
            write(workbook, file, arrival);
            return sampleFile(file, arrival, Kind.MISTAKE, mistake, detail);
        }

        /** A unit with the same rows if there is one (a neighbouring commune), else any other unit. */
        private UnitTemplate otherUnit() {
            List<UnitTemplate> others = sameMonth.values().stream()
                    .filter(t -> !t.unit().code().equals(template.unit().code())).toList();
            List<UnitTemplate> alike = others.stream().filter(t -> sameRows(t, template)).toList();
            return dice.pick(alike.isEmpty() ? others : alike);
        }

        private XSSFWorkbook filled(UnitTemplate target, UnitSimulation unit, MonthReport report, ZonedDateTime arrival) {
            XSSFWorkbook workbook = generator.workbook(target);
            LocalDate preparedOn = arrival.toLocalDate().minusDays(dice.between(0, 1));
            SampleFiller.fill(workbook, report, new SampleFiller.Preparer(unit.preparer(), unit.phone(), preparedOn),
                    new Typing(dice));
            return workbook;
        }

        private SampleFile sampleFile(Path file, ZonedDateTime arrival, Kind kind, Mistake mistake, String detail) {
            return new SampleFile(file, template.unit().code(), template.month(), arrival.toInstant(), kind, mistake, detail);
        }
    }

    private static boolean sameRows(UnitTemplate a, UnitTemplate b) {
        return a.tasks().stream().map(UnitTemplate.TaskLine::code).toList()
                .equals(b.tasks().stream().map(UnitTemplate.TaskLine::code).toList())
                && a.indicators().stream().map(UnitTemplate.IndicatorLine::code).toList()
                .equals(b.indicators().stream().map(UnitTemplate.IndicatorLine::code).toList());
    }

    private static void write(XSSFWorkbook workbook, Path file, ZonedDateTime arrival) {
        TemplateWorkbook.recalculate(workbook);
        TemplateFiles.save(workbook, file);
        try {
            Files.setLastModifiedTime(file, FileTime.from(arrival.toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
