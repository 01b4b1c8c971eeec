package vn.da06.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.da06.Da06Application;
import vn.da06.base.MonthRange;
import vn.da06.plan.PlanImporter;
import vn.da06.report.ReportLauncher;
import vn.da06.sample.SampleRun;
import vn.da06.sample.SampleWorkbooks;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.workbook.MarkerKey;

/**
 * The end-to-end benchmark (see BENCHMARKS.md): for each scale, a synthetic plan of N units, one month of their
 * workbooks, then side by side the parse floor, the da06 import, the naive baseline, the load floor, and the
 * reports with one year and with ten years of data in the warehouse. Prints a markdown table and writes it to
 * {@code target/bench/results.md}.
 *
 * <p>Options: {@code --scales 30,300,3000,12000}, {@code --report-scales 30,300} (scales whose reports are
 * measured), {@code --history-scales 30,300} (scales whose reports are measured again with ten years of
 * history), {@code --report-runs 3} (warm runs per report at district size; one above), {@code --naive-scales 30,300,3000,12000}, {@code --import-runs 1} (best of), {@code --seed 2024}, {@code --home target/bench/home} (wiped first),
 * {@code --threads N} (parse floor threads, default: all cores), {@code --skip jmh,naive,reports,history}.
 */
public final class BenchRunner {

    static final YearMonth MONTH = YearMonth.of(2024, 6);
    private static final int YEAR = MONTH.getYear();
    private static final int HISTORY_FIRST_YEAR = YEAR - 9;
    private static final String[][] REPORTS = {{"monthly", MONTH.toString()}, {"half-year", YEAR + "-H1"},
            {"annual", Integer.toString(YEAR)}};

    private final Map<String, String> options;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Path home;
    private boolean microDone;
    private ConfigurableApplicationContext context;
    private Warehouse warehouse;

    private BenchRunner(Map<String, String> options) {
        this.options = options;
        this.home = Path.of(options.getOrDefault("home", "target/bench/home")).toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int code = 0;
        try {
            new BenchRunner(options).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    private void run() throws Exception {
        List<Integer> scales = ints(options.getOrDefault("scales", "30,300,3000,12000"));
        List<Integer> historyScales = ints(options.getOrDefault("history-scales", "30,300"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(SampleWorkbooks.DEFAULT_SEED)));
        List<String> skip = List.of(options.getOrDefault("skip", "").split(","));
        deleteTree(home);
        Files.createDirectories(home);
        String started = LocalDateTime.now().withNano(0) + ", load average " + loadAverage();
        // System properties: they win over application.yml's ${DA06_HOME:./data}, as --da06.home does on the CLI.
        System.setProperty("da06.home", home.toString());
        System.setProperty("da06.cli.enabled", "false");
        context = new SpringApplicationBuilder(Da06Application.class).web(WebApplicationType.NONE).run();
        try {
            warehouse = new Warehouse(context.getBean(DataSource.class));
            addHistoryMonths();
            for (int scale : scales) {
                scale(scale, seed, skip, historyScales.contains(scale));
                print(started);
            }
            if (options.containsKey("hold")) {
                // Keeps the warehouse up for a look with psql (port in the log) until the named file appears.
                log("holding the warehouse until " + options.get("hold") + " exists; port " + warehouse.text(
                        "SELECT setting FROM pg_settings WHERE name = 'port'"));
                while (!Files.exists(Path.of(options.get("hold")))) {
                    Thread.sleep(1000);
                }
            }
        } finally {
            context.close();
        }
    }

    private void scale(int units, long seed, List<String> skip, boolean history) throws Exception {
        log("== " + units + " units, load average " + loadAverage());
        String plan = SyntheticPlan.planCode(units, YEAR);
        Path planDir = home.resolve("plans").resolve(plan);
        Path work = home.resolve("work").resolve(Integer.toString(units));
        Path source = work.resolve("source");
        long generationStart = System.nanoTime();
        // POI writes the workbooks of the offices and the first communes; the other communes get copies of those.
        int communes = units - SyntheticPlan.OFFICES;
        int written = Math.min(communes, Integer.parseInt(options.getOrDefault("generated-communes", "285")));
        PlanImporter plans = context.getBean(PlanImporter.class);
        plans.importFrom(SyntheticPlan.write(planDir, units, YEAR, written));
        SampleRun samples = context.getBean(SampleWorkbooks.class).generate(plan, MonthRange.of(MONTH), seed, source);
        if (written < communes) {
            plans.importFrom(SyntheticPlan.write(planDir, units, YEAR, communes));
            List<InboxCloner.Clone> clones = new ArrayList<>();
            for (int i = written + 1; i <= communes; i++) {
                int from = (i - 1) % written + 1;
                if (Files.isDirectory(source.resolve(SyntheticPlan.communeCode(units, from)))) {
                    clones.add(new InboxCloner.Clone(SyntheticPlan.communeCode(units, from), SyntheticPlan.communeName(from),
                            SyntheticPlan.communeCode(units, i), SyntheticPlan.communeName(i)));
                }
            }
            new InboxCloner(plan, MONTH.toString(), context.getBean(MarkerKey.class).bytes())
                    .write(source, clones, Runtime.getRuntime().availableProcessors());
        }
        List<Path> files = files(source);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        notes.add("%d units: %d workbooks generated (%d of them by POI, the rest copies for other communes; %d units sent none; %.1f MB, %.0f KB each) in %.0f s (not measured)".formatted(
                units, files.size(), samples.files().size(), units - files(source).stream().map(f -> f.getParent()).distinct().count(),
                bytes / 1e6, bytes / 1e3 / files.size(),
                (System.nanoTime() - generationStart) / 1e9));
        log(notes.get(notes.size() - 1));

        if (!skip.contains("jmh") && !microDone) {
            microDone = true;
            microBenchmark(files.stream().filter(f -> f.getParent().getFileName().toString()
                    .equals(SyntheticPlan.communeCode(units, 1))).findFirst().orElse(files.get(0)));
        }

        // 1. Parse floor
        int threads = Integer.parseInt(options.getOrDefault("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        Probe.Cost[] cost = new Probe.Cost[1];
        LeanXlsx.Count cells = Probe.run(() -> parseAll(files, threads), cost);
        Row parse = add(new Row(units, "parse floor (zip + SAX, " + threads + " threads)", files.size(), cells.cells(),
                cost[0], "rows = cells read"));

        // 2. da06 import, end to end; on a shared machine the best of a few runs (each on an empty plan) is reported
        int importRuns = Integer.parseInt(options.getOrDefault("import-runs", "1"));
        Path inbox = work.resolve("inbox");
        ImportSummary summary = null;
        Probe.Cost best = null;
        List<String> times = new ArrayList<>();
        for (int run = 1; run <= importRuns; run++) {
            if (summary != null) {
                warehouse.delete("job_execution_id = " + summary.jobExecutionId());
                deleteTree(home.resolve("archive"));
                deleteTree(home.resolve("rejected"));
            }
            linkCopy(source, inbox);
            warehouse.checkpoint();
            summary = Probe.run(() -> context.getBean(ImportLauncher.class).run(inbox, s -> { }), cost);
            times.add("%.2f".formatted(cost[0].seconds()));
            best = best == null || cost[0].nanos() < best.nanos() ? cost[0] : best;
        }
        long factRows = summary.taskRows() + summary.indicatorRows();
        Row da06 = add(new Row(units, "da06 import", files.size(), factRows, best, "loaded %d, replaced %d, rejected %d%s"
                .formatted(summary.loaded(), summary.replacedEarlier(), summary.rejected(),
                        importRuns == 1 ? "" : "; best of " + importRuns + " runs: " + String.join(", ", times) + " s")));
        String imported = "job_execution_id = " + summary.jobExecutionId();

        // 3. Load floor: the same rows, saved with COPY TO, deleted, loaded again with COPY
        Path dump = work.resolve("copy");
        warehouse.dump(imported, dump);
        warehouse.delete(imported);
        // 4. Naive baseline on the same files, into the same (now empty) tables
        if (!skip.contains("naive") && ints(options.getOrDefault("naive-scales", "30,300,3000,12000")).contains(units)) {
            Path naiveInbox = work.resolve("naive-inbox");
            linkCopy(source, naiveInbox);
            NaiveImport naive = new NaiveImport(context.getBean(DataSource.class), plan);
            List<Path> naiveFiles = files(naiveInbox);
            naiveFiles.sort(Comparator.comparing(BenchRunner::modified));
            warehouse.checkpoint();
            NaiveImport.Result result = Probe.run(() -> naive.run(naiveFiles, work.resolve("naive-archive")), cost);
            add(new Row(units, "naive (XSSFWorkbook + row-by-row INSERT)", files.size(), result.rows() - result.loaded(),
                    cost[0], "loaded %d, failed %d, checks nothing".formatted(result.loaded(), result.failed())));
            warehouse.delete("plan_key = (SELECT plan_key FROM dim_plan WHERE code = '" + plan + "') AND job_execution_id IS NULL");
        }
        // Best of --import-runs too, each after a checkpoint, like the import runs.
        long copied = 0;
        Probe.Cost bestLoad = null;
        List<String> loadTimes = new ArrayList<>();
        for (int run = 1; run <= importRuns; run++) {
            if (run > 1) {
                warehouse.delete(imported);
            }
            warehouse.checkpoint();
            copied = Probe.run(() -> warehouse.load(dump), cost);
            loadTimes.add("%.2f".formatted(cost[0].seconds()));
            bestLoad = bestLoad == null || cost[0].nanos() < bestLoad.nanos() ? cost[0] : bestLoad;
        }
        Row load = add(new Row(units, "load floor (COPY, 1 connection)", files.size(), copied, bestLoad,
                "rows = all rows of the 4 tables" + (importRuns == 1 ? "" : "; best of " + importRuns + ": "
                        + String.join(", ", loadTimes) + " s")));
        double floor = parse.cost().seconds() + load.cost().seconds();
        notes.add("%d units: da06 import / (parse floor + load floor) = %.2f / (%.2f + %.2f) = %.2f×".formatted(units,
                da06.cost().seconds(), parse.cost().seconds(), load.cost().seconds(), da06.cost().seconds() / floor));
        log(notes.get(notes.size() - 1));
        deleteTree(work.resolve("naive-archive"));
        deleteTree(dump);

        // 5. Reports, warm, with the plan's whole year in the warehouse, then with ten years
        if (!skip.contains("reports") && ints(options.getOrDefault("report-scales", "30,300")).contains(units)) {
            warehouse.cloneMonth(plan, key(MONTH), plan, YEAR * 100 + 1, YEAR * 100 + 12);
            warehouse.vacuumAnalyze();
            reports(units, plan, "1 year");
            if (history && !skip.contains("history")) {
                long start = System.nanoTime();
                for (int y = HISTORY_FIRST_YEAR; y < YEAR; y++) {
                    String old = SyntheticPlan.planCode(units, y);
                    context.getBean(PlanImporter.class).importFrom(SyntheticPlan.write(home.resolve("plans").resolve(old), units, y));
                    warehouse.cloneMonth(plan, key(MONTH), old, y * 100 + 1, y * 100 + 12);
                }
                warehouse.vacuumAnalyze();
                notes.add("%d units: 9 earlier yearly plans (%d–%d) and their facts added in %.0f s; warehouse now %d submissions, %d task rows, %d indicator rows"
                        .formatted(units, HISTORY_FIRST_YEAR, YEAR - 1, (System.nanoTime() - start) / 1e9,
                                warehouse.count("SELECT count(*) FROM fact_submission"),
                                warehouse.count("SELECT count(*) FROM fact_task_progress"),
                                warehouse.count("SELECT count(*) FROM fact_indicator_value")));
                log(notes.get(notes.size() - 1));
                reports(units, plan, "10 years");
            }
        }
    }

    /** Per workbook, one thread: da06's reader, the parse floor's, POI usermodel's (JMH, one fork). */
    private void microBenchmark(Path workbook) throws Exception {
        var options = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include(vn.da06.submission.ParseBenchmark.class.getName() + ".*")
                .param("file", workbook.toString())
                .forks(1).threads(1)
                .warmupIterations(3).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .jvmArgs("-Xmx512m", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8")
                .build();
        for (var result : new org.openjdk.jmh.runner.Runner(options).run()) {
            var primary = result.getPrimaryResult();
            notes.add("JMH, one %.0f KB commune workbook, one thread: %s %.2f ± %.2f ms per workbook".formatted(
                    Files.size(workbook) / 1e3, result.getParams().getBenchmark().replaceFirst(".*\\.", ""),
                    primary.getScore(), primary.getScoreError()));
            log(notes.get(notes.size() - 1));
        }
    }

    private void reports(int units, String plan, String history) throws Exception {
        ReportLauncher launcher = context.getBean(ReportLauncher.class);
        Path out = home.resolve("reports").resolve(units + "-" + history.replace(' ', '-'));
        // Reports above district size take long enough that one warm run is a fair measure.
        int runs = units > 30 ? 1 : Integer.parseInt(options.getOrDefault("report-runs", "3"));
        for (String[] report : REPORTS) {
            try {
                report(units, plan, history, launcher, out, runs, report);
            } catch (RuntimeException | OutOfMemoryError e) {
                String why = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                add(new Row(units, "report " + report[0] + " " + report[1] + ", " + history, 0, 0,
                        new Probe.Cost(0, 0, 0, -1), "FAILED (" + (why.length() > 200 ? why.substring(0, 200) : why) + ")"));
            }
        }
    }

    private void report(int units, String plan, String history, ReportLauncher launcher, Path out, int runs, String[] report)
            throws Exception {
        {
            launcher.make(plan, report[0], report[1], out); // warm-up
            List<Probe.Cost> costs = new ArrayList<>();
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Probe.Cost[] cost = new Probe.Cost[1];
                Probe.run(() -> launcher.make(plan, report[0], report[1], out), cost);
                costs.add(cost[0]);
                steps.add(warehouse.text("""
                        SELECT string_agg(step_name || ' ' || to_char(extract(epoch FROM end_time - start_time), 'FM990.00')
                                          || ' s', ', ' ORDER BY step_execution_id)
                        FROM batch_step_execution WHERE job_execution_id = (SELECT max(job_execution_id)
                            FROM batch_job_execution JOIN batch_job_instance USING (job_instance_id)
                            WHERE job_name = 'reportJob')"""));
            }
            List<Probe.Cost> sorted = new ArrayList<>(costs);
            sorted.sort(Comparator.comparingLong(Probe.Cost::nanos));
            Probe.Cost median = sorted.get(sorted.size() / 2);
            long taskRows = warehouse.count("SELECT count(*) FROM fact_task_progress f JOIN dim_task t USING (task_key) "
                    + "JOIN dim_plan p USING (plan_key) WHERE p.code = '" + plan + "' AND f.month_key BETWEEN "
                    + firstMonth(report) + " AND " + lastMonth(report));
            add(new Row(units, "report " + report[0] + " " + report[1] + ", " + history, 0, 0, median,
                    (runs == 1 ? "1 warm run" : "median of " + runs + " warm runs") + ", PDF+DOCX+XLSX; "
                            + steps.get(costs.indexOf(median)) + "; " + taskRows + " task rows in the period"));
        }
    }

    private static int firstMonth(String[] report) {
        return report[0].equals("monthly") ? key(MONTH) : YEAR * 100 + 1;
    }

    private static int lastMonth(String[] report) {
        return switch (report[0]) {
            case "monthly" -> key(MONTH);
            case "half-year" -> YEAR * 100 + 6;
            default -> YEAR * 100 + 12;
        };
    }

    private Row add(Row row) {
        rows.add(row);
        log(row.markdown());
        return row;
    }

    private void print(String started) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotal()).append(" memory; JVM ").append(System.getProperty("java.version")).append(' ')
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList()))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB; ")
                .append(warehouse.text("SELECT split_part(version(), ' on ', 1)")).append(" (embedded)\n");
        out.append("Started ").append(started).append("; now ").append(LocalDateTime.now().withNano(0))
                .append(", load average ").append(loadAverage()).append("\n\n");
        out.append(Row.header()).append('\n');
        rows.forEach(r -> out.append(r.markdown()).append('\n'));
        out.append('\n');
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        List<Row> imports = rows.stream().filter(r -> r.phase().equals("da06 import")).toList();
        if (imports.size() >= 2) {
            double n = imports.size();
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (Row r : imports) {
                sx += r.workbooks();
                sy += r.cost().seconds();
                sxx += (double) r.workbooks() * r.workbooks();
                sxy += r.workbooks() * r.cost().seconds();
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double intercept = (sy - slope * sx) / n;
            out.append("- da06 import, least squares over the scales: %.2f ms per workbook + %.2f s fixed\n"
                    .formatted(slope * 1000, intercept));
        }
        System.out.println();
        System.out.println(out);
        Path results = Path.of("target/bench/results.md").toAbsolutePath();
        Files.createDirectories(results.getParent());
        Files.writeString(results, out);
    }

    private static LeanXlsx.Count parseAll(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<LeanXlsx.Count>> counts = new ArrayList<>();
            for (Path f : files) {
                counts.add(pool.submit(() -> LeanXlsx.read(f)));
            }
            LeanXlsx.Count total = new LeanXlsx.Count(0, 0);
            for (Future<LeanXlsx.Count> c : counts) {
                total = total.plus(c.get());
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    /** The inbox layout's files: {@code <dir>/<unit>/<file>}. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }

    /** A copy of the inbox made of hard links: the import moves the links, the generated files stay. */
    private static void linkCopy(Path from, Path to) throws IOException {
        deleteTree(to);
        for (Path f : files(from)) {
            Path target = to.resolve(from.relativize(f));
            Files.createDirectories(target.getParent());
            Files.createLink(target, f);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Months before the migration's first (2020) so that history can lie before the measured year. */
    private void addHistoryMonths() throws Exception {
        try (var c = context.getBean(DataSource.class).getConnection(); var s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO dim_month (month_key, year, half, quarter, month, first_day, last_day, label)
                    SELECT extract(year FROM d)::int * 100 + extract(month FROM d)::int,
                           extract(year FROM d), CASE WHEN extract(month FROM d) <= 6 THEN 1 ELSE 2 END,
                           extract(quarter FROM d), extract(month FROM d),
                           d::date, (d + interval '1 month - 1 day')::date,
                           to_char(d, 'MM/YYYY')
                    FROM generate_series(date '%d-01-01', date '2019-12-01', interval '1 month') AS d
                    ON CONFLICT DO NOTHING""".formatted(HISTORY_FIRST_YEAR));
        }
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static List<Integer> ints(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String line) {
        System.out.println("[bench " + LocalDateTime.now().withNano(0).toLocalTime() + "] " + line);
    }
}
