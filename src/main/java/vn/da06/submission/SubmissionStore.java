package vn.da06.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.da06.base.SqlFiles;
import vn.da06.submission.ParsedWorkbook.IndicatorFact;
import vn.da06.submission.ParsedWorkbook.TaskFact;

/**
 * Records submissions and their facts. A workbook for a unit and month that already has a current one supersedes
 * it when it arrived later; one that arrived earlier is kept on record as already superseded. Callers run each
 * record in a transaction (the import: one savepoint per workbook inside the chunk's transaction).
 */
@Repository
class SubmissionStore {

    /** The hash recorded for an inbox entry without content of its own: a folder, a link, a pipe. */
    static final String NO_HASH = "0".repeat(64);

    /** An earlier submission with the same content hash. */
    record Earlier(long key, String status, String inboxFolder, String fileName, String storedPath, Integer monthKey) {
        boolean loaded() {
            return status.equals("accepted") || status.equals("superseded");
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    SubmissionStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Earlier> withHash(String hash) {
        return jdbc.sql(SqlFiles.load("query/submission/with-hash.sql"))
                .param("hash", hash)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6)))
                .list();
    }

    /** Records an accepted workbook and its facts, superseding or superseded by the unit's current one; returns its key. */
    long recordAccepted(long key, ImportOutcome outcome, ParsedWorkbook wb, Boolean onTime, String storedPath,
                        long jobExecutionId) {
        Optional<Object[]> current = jdbc.sql(SqlFiles.load("query/submission/current-for-update.sql"))
                .param("unit", wb.unitKey()).param("month", wb.monthKey())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()}).optional();
        Long supersededBy = null;
        if (current.isPresent()) {
            long currentKey = (Long) current.get()[0];
            Instant currentArrival = (Instant) current.get()[1];
            if (currentArrival.isAfter(outcome.file().receivedAt())) {
                supersededBy = currentKey; // this one is older than what we hold: keep it on record only
            } else {
                jdbc.sql(SqlFiles.load("query/submission/supersede.sql"))
                        .param("new", key).param("old", currentKey).update();
            }
        }
        insertSubmission(key, outcome, wb.planKey(), wb.unitKey(), wb.monthKey(), onTime,
                supersededBy == null ? "accepted" : "superseded", supersededBy, null, wb, 0, storedPath, jobExecutionId);
        insertTaskFacts(key, wb);
        insertIndicatorFacts(key, wb);
        return key;
    }

    /** Whether a workbook for the month must wait for approval: the month is locked and staff have not released it. */
    boolean mustHold(int monthKey, String hash) {
        return jdbc.sql(SqlFiles.load("query/submission/held-must-hold.sql")).param("month", monthKey)
                .param("hash", hash).query(Boolean.class).single();
    }

    /** Records a workbook for a locked month, unloaded: its facts wait in the file until staff decide. */
    long recordHeld(long key, ImportOutcome outcome, ParsedWorkbook wb, Boolean onTime, String storedPath,
                    long jobExecutionId) {
        insertSubmission(key, outcome, wb.planKey(), wb.unitKey(), wb.monthKey(), onTime, "held", null, null, wb, 0,
                storedPath, jobExecutionId);
        return key;
    }

    long recordRejected(long key, ImportOutcome outcome, Integer planKey, Integer unitKey, Integer monthKey,
                        Boolean onTime, String storedPath, long jobExecutionId) {
        insertSubmission(key, outcome, planKey, unitKey, monthKey, onTime, "rejected", null, null, outcome.parsed(),
                outcome.errors().size(), storedPath, jobExecutionId);
        List<ValidationError> errors = outcome.errors();
        List<Integer> positions = java.util.stream.IntStream.range(0, errors.size()).boxed().toList();
        jdbcTemplate.batchUpdate(SqlFiles.load("query/submission/insert-error.sql"), positions, 500, (ps, i) -> {
                    ValidationError e = errors.get(i);
                    ps.setLong(1, key);
                    ps.setInt(2, i + 1);
                    ps.setString(3, e.sheet());
                    ps.setString(4, e.cell());
                    ps.setString(5, truncate(e.value()));
                    ps.setString(6, e.rule().name());
                    ps.setString(7, e.message());
                });
        return key;
    }

    long recordDuplicate(long key, ImportOutcome outcome, Boolean onTime, String storedPath, long jobExecutionId) {
        jdbc.sql(SqlFiles.load("query/submission/insert-duplicate.sql"))
                .param("key", key).param("folder", folder(outcome)).param("name", outcome.file().fileName())
                .param("hash", outcome.hash()).param("size", outcome.file().size())
                .param("received", Timestamp.from(outcome.file().receivedAt())).param("onTime", onTime)
                .param("job", jobExecutionId).param("stored", storedPath).param("original", outcome.existingKey())
                .update();
        return key;
    }

    void markMoved(List<Long> keys) {
        if (!keys.isEmpty()) {
            jdbc.sql(SqlFiles.load("query/submission/mark-moved.sql"))
                    .param("keys", keys.toArray(Long[]::new)).update();
        }
    }

    /** Submissions recorded with a place to store their file but not marked as moved there: key → stored path. */
    java.util.Map<Long, String> unmoved() {
        java.util.Map<Long, String> unmoved = new java.util.LinkedHashMap<>();
        jdbc.sql(SqlFiles.load("query/submission/unmoved.sql"))
                .query((rs, n) -> unmoved.put(rs.getLong(1), rs.getString(2))).list();
        return unmoved;
    }

    /** The errors recorded for a rejected submission, to rebuild its error report after an interrupted run. */
    List<ValidationError> errorsOf(long submissionKey) {
        return jdbc.sql(SqlFiles.load("query/submission/errors-of.sql"))
                .param("key", submissionKey)
                .query((rs, n) -> new ValidationError(rs.getString(1), rs.getString(2), rs.getString(3),
                        Rule.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** The month folder of a loaded submission (for archiving its duplicates beside it). */
    YearMonth monthOf(long submissionKey) {
        int monthKey = jdbc.sql(SqlFiles.load("query/submission/month-of.sql"))
                .param("key", submissionKey).query(Integer.class).single();
        return YearMonth.of(monthKey / 100, monthKey % 100);
    }

    /** Whether a file received at that moment met the plan's report due date of the month. */
    Boolean onTime(Integer planKey, Integer monthKey, Instant receivedAt, ZoneId zone) {
        if (planKey == null || monthKey == null) {
            return null;
        }
        LocalDate due = jdbc.sql(SqlFiles.load("query/submission/due-date.sql"))
                .param("plan", planKey).param("month", monthKey).query(LocalDate.class).single();
        return !receivedAt.atZone(zone).toLocalDate().isAfter(due);
    }

    /**
     * {@code count} new submission keys in ascending order, drawn for a whole chunk before its rows are written (a
     * superseded submission points at its successor).
     */
    long[] nextKeys(int count) {
        return jdbc.sql(SqlFiles.load("query/submission/next-submission-keys.sql")).param("count", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void insertSubmission(long key, ImportOutcome outcome, Integer planKey, Integer unitKey, Integer monthKey,
                                  Boolean onTime, String status, Long supersededBy, Long duplicateOf, ParsedWorkbook wb,
                                  int errorCount, String storedPath, long jobExecutionId) {
        jdbc.sql(SqlFiles.load("query/submission/insert-submission.sql"))
                .param("key", key).param("plan", planKey).param("unit", unitKey).param("month", monthKey)
                .param("folder", folder(outcome)).param("name", outcome.file().fileName())
                .param("hash", outcome.hash() == null ? NO_HASH : outcome.hash())
                .param("size", outcome.file().size()).param("received", Timestamp.from(outcome.file().receivedAt()))
                .param("onTime", onTime).param("status", status).param("supersededBy", supersededBy)
                .param("duplicateOf", duplicateOf)
                .param("version", wb == null ? null : truncate(wb.templateVersion()))
                .param("preparedBy", wb == null ? null : truncate(wb.preparedBy()))
                .param("phone", wb == null ? null : truncate(wb.phone()))
                .param("preparedOn", wb == null ? null : wb.preparedOn())
                .param("errors", errorCount).param("job", jobExecutionId).param("stored", storedPath)
                .update();
    }

    private void insertTaskFacts(long key, ParsedWorkbook wb) {
        List<TaskFact> facts = wb.tasks();
        jdbcTemplate.batchUpdate(SqlFiles.load("query/submission/insert-task-progress.sql"), facts, 500, (ps, f) -> {
                    ps.setLong(1, key);
                    ps.setInt(2, f.taskKey());
                    ps.setInt(3, wb.unitKey());
                    ps.setInt(4, wb.monthKey());
                    ps.setString(5, f.role());
                    ps.setString(6, f.status());
                    ps.setBigDecimal(7, f.progressPct());
                    ps.setObject(8, f.completedOn());
                    ps.setString(9, f.result());
                    ps.setString(10, f.difficulties());
                    ps.setString(11, f.proposals());
                    ps.setString(12, f.sourceCell());
                });
    }

    private void insertIndicatorFacts(long key, ParsedWorkbook wb) {
        List<IndicatorFact> facts = wb.indicators();
        jdbcTemplate.batchUpdate(SqlFiles.load("query/submission/insert-indicator-value.sql"), facts, 500, (ps, f) -> {
                    ps.setLong(1, key);
                    ps.setInt(2, f.indicatorKey());
                    ps.setInt(3, wb.unitKey());
                    ps.setInt(4, wb.monthKey());
                    ps.setBigDecimal(5, f.numerator());
                    ps.setBigDecimal(6, f.denominator());
                    ps.setString(7, f.note());
                    ps.setString(8, f.numeratorCell());
                    ps.setString(9, f.denominatorCell());
                });
    }

    private static String folder(ImportOutcome outcome) {
        return outcome.file().folder() == null ? "" : outcome.file().folder();
    }

    static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
