package vn.da06.submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.da06.base.SqlFiles;
import vn.da06.submission.ParsedWorkbook.IndicatorFact;
import vn.da06.submission.ParsedWorkbook.TaskFact;

/**
 * Records the workbooks of a chunk that load (accepted, superseding or superseded, or held for a locked month) with
 * a handful of statements for the whole chunk instead of about eight per workbook: their earlier copies, locked
 * months and current submissions in one query each, the supersessions in one {@code UPDATE}, and the submissions,
 * task rows and indicator rows in one {@code COPY} each. The rules are {@link SubmissionStore#recordAccepted}'s and
 * {@link SubmissionWriter}'s, applied in the chunk's order. A workbook with a loaded copy (earlier, or earlier in the
 * chunk) is left to the caller, which records it one by one as a duplicate after this. The caller runs this in a
 * savepoint: when the database refuses a row, nothing of it stays and the caller records the chunk workbook by
 * workbook, so that only the refused workbook is rejected.
 */
@Repository
class BulkSubmissions {

    /** A workbook to load: its place in the chunk, its key (drawn for the chunk), whether it arrived on time. */
    record Item(int position, ImportOutcome outcome, long key, Boolean onTime) {
    }

    private record UnitMonth(int unit, int month) {
    }

    /** The unit and month's current submission while the chunk is recorded; {@code row}: a row of this chunk. */
    private record Current(long key, Instant receivedAt, Object[] row) {
    }

    private static final int STATUS = 10;
    private static final int SUPERSEDED_BY = 11;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final StoredFiles storedFiles;

    BulkSubmissions(JdbcClient jdbc, JdbcTemplate jdbcTemplate, StoredFiles storedFiles) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.storedFiles = storedFiles;
    }

    /**
     * Records the items it can and returns their moves by position; {@code reserved} receives every target it
     * reserved, so that the caller can release them if the records roll back.
     */
    Map<Integer, PendingMove> record(List<Item> items, long jobExecutionId, List<PendingMove> reserved) {
        Map<String, List<String>> earlier = earlierStatuses(items);
        Set<Integer> locked = lockedMonths(items);
        Map<UnitMonth, Current> current = currentForUpdate(items);
        Set<String> seen = new HashSet<>();
        List<Object[]> submissions = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        List<Long> supersededOld = new ArrayList<>();
        List<Long> supersededNew = new ArrayList<>();
        Map<Integer, PendingMove> moves = new HashMap<>();
        for (Item item : items) {
            ImportOutcome outcome = item.outcome();
            List<String> statuses = earlier.getOrDefault(outcome.hash(), List.of());
            if (!seen.add(outcome.hash()) || statuses.contains("accepted") || statuses.contains("superseded")) {
                continue; // a copy of a loaded workbook: a duplicate, recorded by the caller
            }
            ParsedWorkbook wb = outcome.parsed();
            InboxFile file = outcome.file();
            if (locked.contains(wb.monthKey()) && !statuses.contains("released")) {
                // The month's figures are locked: keep the workbook, unloaded, until staff approve or refuse it.
                Path held = storedFiles.heldTarget(file.folder(), wb.month(), file.fileName());
                PendingMove move = new PendingMove(item.key(), file, held, List.of(), false);
                reserved.add(move);
                submissions.add(submission(item, "held", null, storedFiles.record(held), jobExecutionId));
                moves.put(item.position(), move);
                continue;
            }
            Path target = storedFiles.archiveTarget(file.folder(), wb.month(), file.fileName());
            PendingMove move = new PendingMove(item.key(), file, target, List.of(), false);
            reserved.add(move);
            UnitMonth unitMonth = new UnitMonth(wb.unitKey(), wb.monthKey());
            Current now = current.get(unitMonth);
            Object[] row;
            if (now != null && now.receivedAt().isAfter(file.receivedAt())) {
                // Older than what is held: kept on record only.
                row = submission(item, "superseded", now.key(), storedFiles.record(target), jobExecutionId);
            } else {
                row = submission(item, "accepted", null, storedFiles.record(target), jobExecutionId);
                if (now != null && now.row() == null) {
                    supersededOld.add(now.key());
                    supersededNew.add(item.key());
                } else if (now != null) {
                    now.row()[STATUS] = "superseded";
                    now.row()[SUPERSEDED_BY] = item.key();
                }
                current.put(unitMonth, new Current(item.key(), file.receivedAt(), row));
            }
            submissions.add(row);
            wb.tasks().forEach(f -> tasks.add(task(item.key(), wb, f)));
            wb.indicators().forEach(f -> indicators.add(indicator(item.key(), wb, f)));
            moves.put(item.position(), move);
        }
        if (!supersededOld.isEmpty()) {
            jdbc.sql(SqlFiles.load("query/submission/supersede-many.sql"))
                    .param("old", supersededOld.toArray(Long[]::new)).param("new", supersededNew.toArray(Long[]::new))
                    .update();
        }
        copy("query/submission/copy-submissions.sql", submissions);
        copy("query/submission/copy-task-progress.sql", tasks);
        copy("query/submission/copy-indicator-values.sql", indicators);
        return moves;
    }

    /** The statuses of the earlier submissions with each item's content hash, oldest first. */
    private Map<String, List<String>> earlierStatuses(List<Item> items) {
        Map<String, List<String>> statuses = new HashMap<>();
        jdbc.sql(SqlFiles.load("query/submission/with-hashes.sql"))
                .param("hashes", items.stream().map(i -> i.outcome().hash()).distinct().toArray(String[]::new))
                .query((rs, n) -> statuses.computeIfAbsent(rs.getString(1), h -> new ArrayList<>()).add(rs.getString(3)))
                .list();
        return statuses;
    }

    private Set<Integer> lockedMonths(List<Item> items) {
        return new HashSet<>(jdbc.sql(SqlFiles.load("query/submission/locked-months.sql"))
                .param("months", items.stream().map(i -> i.outcome().parsed().monthKey()).distinct().toArray(Integer[]::new))
                .query(Integer.class).list());
    }

    private Map<UnitMonth, Current> currentForUpdate(List<Item> items) {
        List<UnitMonth> wanted = items.stream()
                .map(i -> new UnitMonth(i.outcome().parsed().unitKey(), i.outcome().parsed().monthKey())).distinct().toList();
        Map<UnitMonth, Current> current = new HashMap<>();
        jdbc.sql(SqlFiles.load("query/submission/current-for-update-many.sql"))
                .param("units", wanted.stream().map(UnitMonth::unit).toArray(Integer[]::new))
                .param("months", wanted.stream().map(UnitMonth::month).toArray(Integer[]::new))
                .query((rs, n) -> current.put(new UnitMonth(rs.getInt(1), rs.getInt(2)),
                        new Current(rs.getLong(3), rs.getTimestamp(4).toInstant(), null)))
                .list();
        return current;
    }

    private static Object[] submission(Item item, String status, Long supersededBy, String storedPath, long job) {
        ImportOutcome outcome = item.outcome();
        ParsedWorkbook wb = outcome.parsed();
        InboxFile file = outcome.file();
        String folder = file.folder() == null ? "" : file.folder();
        return new Object[] {item.key(), wb.planKey(), wb.unitKey(), wb.monthKey(), folder, file.fileName(),
                outcome.hash(), file.size(), timestamp(file.receivedAt()), item.onTime(), status, supersededBy,
                SubmissionStore.truncate(wb.templateVersion()), SubmissionStore.truncate(wb.preparedBy()),
                SubmissionStore.truncate(wb.phone()), wb.preparedOn(), job, storedPath};
    }

    private static Object[] task(long key, ParsedWorkbook wb, TaskFact f) {
        return new Object[] {key, f.taskKey(), wb.unitKey(), wb.monthKey(), f.role(), f.status(), plain(f.progressPct()),
                f.completedOn(), f.result(), f.difficulties(), f.proposals(), f.sourceCell()};
    }

    private static Object[] indicator(long key, ParsedWorkbook wb, IndicatorFact f) {
        return new Object[] {key, f.indicatorKey(), wb.unitKey(), wb.monthKey(), plain(f.numerator()),
                plain(f.denominator()), f.note(), f.numeratorCell(), f.denominatorCell()};
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    /** As the driver sends a {@link Timestamp}: rounded to the microsecond, which is all PostgreSQL keeps. */
    private static String timestamp(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** One {@code COPY … FROM STDIN (FORMAT csv)} on the transaction's connection; null values go as NULL. */
    private void copy(String sqlFile, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sql = SqlFiles.load(sqlFile);
        jdbcTemplate.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
