package vn.da06.submission;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the workbooks of a chunk inside the chunk's transaction and, once the chunk is committed, moves the files
 * to the archive or the rejected folder: in the background while the next chunk is checked ({@link MovesInBackground};
 * the next chunk is recorded only after they moved) and, for the last chunk, before the step ends, so that a file that
 * cannot be moved fails the run either way. The workbooks that load go in together, in one savepoint
 * ({@link BulkSubmissions}: a few statements and three {@code COPY}s for the chunk); the others (rejected files,
 * duplicates, moves to finish) one savepoint each. A workbook the database refuses despite the checks is rejected on
 * its own (the chunk's loading workbooks are then recorded one savepoint each); the rest of the chunk still loads.
 */
class SubmissionWriter implements ItemStreamWriter<ImportOutcome> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);
    private static final Set<Rule> UNREADABLE = Set.of(Rule.FILE_EMPTY, Rule.FILE_NOT_XLSX, Rule.FILE_LEGACY_XLS,
            Rule.FILE_ENCRYPTED, Rule.FILE_CORRUPT, Rule.FILE_UNREADABLE, Rule.FILE_TOO_LARGE, Rule.FILE_ZIP_BOMB,
            Rule.FILE_UNSAFE_XML, Rule.FILE_NAME, Rule.SHEET_TOO_MANY_ROWS, Rule.FILE_OUTSIDE_UNIT_FOLDER, Rule.UNIT_UNKNOWN);

    private final SubmissionStore store;
    private final StoredFiles storedFiles;
    private final FileMover mover;
    private final ZoneId zone;
    private final TransactionTemplate savepoint;
    private final long jobExecutionId;
    private final CrashPoints crashPoints;
    private final ImportLockGuard lockGuard;
    private final ReferenceData reference;
    private final BulkSubmissions bulk;
    private final MovesInBackground background;
    private final BooleanSupplier lastChunk;

    SubmissionWriter(SubmissionStore store, StoredFiles storedFiles, FileMover mover, ZoneId zone,
                     PlatformTransactionManager transactionManager, long jobExecutionId, CrashPoints crashPoints,
                     ImportLockGuard lockGuard, ReferenceData reference, BulkSubmissions bulk, BooleanSupplier lastChunk) {
        this.bulk = bulk;
        this.lastChunk = lastChunk;
        this.background = new MovesInBackground(mover);
        this.reference = reference;
        this.crashPoints = crashPoints;
        this.lockGuard = lockGuard;
        this.store = store;
        this.storedFiles = storedFiles;
        this.mover = mover;
        this.zone = zone;
        this.jobExecutionId = jobExecutionId;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends ImportOutcome> chunk) {
        background.awaitPrevious();
        lockGuard.check();
        List<? extends ImportOutcome> outcomes = chunk.getItems();
        long[] keys = store.nextKeys(outcomes.size());
        Map<Integer, PendingMove> loaded = loadInBulk(outcomes, keys);
        List<PendingMove> moves = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            PendingMove move = loaded.get(i);
            moves.add(move != null ? move : recordSafely(outcomes.get(i), keys[i]));
        }
        for (int i = 0; i < outcomes.size(); i++) {
            crashPoints.reach("load");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                crashPoints.reach("commit");
                background.start(moves);
                if (lastChunk.getAsBoolean()) {
                    background.awaitPrevious();
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    mover.forget(moves);
                }
            }
        });
    }

    /** Whatever ended the step, the moves of its last committed chunk end before it does. */
    @Override
    public void close() {
        background.awaitQuietly();
    }

    /**
     * The workbooks of the chunk that load, recorded at once in a savepoint ({@link BulkSubmissions}), by position
     * in the chunk. If the database refuses any of their rows, nothing of them stays and none is returned: each is
     * then recorded on its own, and only the refused one is rejected. The rest of the chunk (rejected files,
     * duplicates, moves to finish) is recorded one by one after them.
     */
    private Map<Integer, PendingMove> loadInBulk(List<? extends ImportOutcome> outcomes, long[] keys) {
        List<BulkSubmissions.Item> items = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ImportOutcome outcome = outcomes.get(i);
            if (outcome.kind() == ImportOutcome.Kind.LOAD) {
                ParsedWorkbook wb = outcome.parsed();
                items.add(new BulkSubmissions.Item(i, outcome, keys[i],
                        onTime(wb.planKey(), wb.monthKey(), outcome.file().receivedAt())));
            }
        }
        if (items.isEmpty()) {
            return Map.of();
        }
        List<PendingMove> reserved = new ArrayList<>();
        try {
            return savepoint.execute(status -> bulk.record(items, jobExecutionId, reserved));
        } catch (DataIntegrityViolationException e) {
            log.info("Cơ sở dữ liệu từ chối một phần số liệu của khối ({}); ghi lại từng tệp một",
                    e.getMostSpecificCause().getMessage());
            mover.forget(reserved);
            return Map.of();
        }
    }

    /**
     * Records one workbook in a savepoint. Only the database refusing the data (a constraint or a value out of
     * range) rejects the workbook; any other database failure (lost connection, timeout, deadlock) fails the chunk,
     * to be retried by the next run: it says nothing about the file.
     */
    private PendingMove recordSafely(ImportOutcome outcome, long key) {
        try {
            return savepoint.execute(status -> record(outcome, key));
        } catch (DataIntegrityViolationException e) {
            log.warn("Cơ sở dữ liệu từ chối {}: {}", outcome.file().display(), e.getMostSpecificCause().getMessage());
            ImportOutcome refused = outcome.rejectedInstead(ValidationError.ofFile(Rule.DATABASE_REJECTED,
                    "cơ sở dữ liệu không nhận số liệu của tệp (" + e.getMostSpecificCause().getMessage()
                            + "); hãy kiểm tra lại các số liệu rồi gửi lại."));
            return savepoint.execute(status -> record(refused, key));
        }
    }

    /** On time by the plan's due dates (read once with the reference data); the database only for a month it lacks. */
    private Boolean onTime(Integer planKey, Integer monthKey, java.time.Instant receivedAt) {
        if (planKey == null || monthKey == null) {
            return null;
        }
        java.time.LocalDate due = reference.dueDate(planKey, java.time.YearMonth.of(monthKey / 100, monthKey % 100));
        if (due == null) {
            return store.onTime(planKey, monthKey, receivedAt, zone);
        }
        return !receivedAt.atZone(zone).toLocalDate().isAfter(due);
    }

    private PendingMove record(ImportOutcome outcome, long key) {
        InboxFile file = outcome.file();
        return switch (outcome.kind()) {
            case LOAD -> {
                // A copy of this file may have been loaded earlier in this very chunk, after the processor looked.
                Optional<SubmissionStore.Earlier> loaded = store.withHash(outcome.hash()).stream()
                        .filter(SubmissionStore.Earlier::loaded).findFirst();
                if (loaded.isPresent()) {
                    yield record(ImportOutcome.duplicate(file, outcome.hash(), loaded.get().key()), key);
                }
                ParsedWorkbook wb = outcome.parsed();
                if (store.mustHold(wb.monthKey(), outcome.hash())) {
                    // The month's figures are locked: keep the workbook, unloaded, until staff approve or refuse it.
                    Path held = storedFiles.heldTarget(file.folder(), wb.month(), file.fileName());
                    store.recordHeld(key, outcome, wb, onTime(wb.planKey(), wb.monthKey(), file.receivedAt()),
                            storedFiles.record(held), jobExecutionId);
                    yield new PendingMove(key, file, held, List.of(), false);
                }
                Path target = storedFiles.archiveTarget(file.folder(), wb.month(), file.fileName());
                store.recordAccepted(key, outcome, wb, onTime(wb.planKey(), wb.monthKey(), file.receivedAt()),
                        storedFiles.record(target), jobExecutionId);
                yield new PendingMove(key, file, target, List.of(), false);
            }
            case REJECT -> {
                Path target = storedFiles.rejectedTarget(file.folder(), file.fileName());
                ParsedWorkbook wb = outcome.parsed();
                Integer planKey = wb == null ? null : wb.planKey();
                Integer monthKey = wb == null ? null : wb.monthKey();
                store.recordRejected(key, outcome, planKey, outcome.unitKey(), monthKey,
                        onTime(planKey, monthKey, file.receivedAt()), storedFiles.record(target), jobExecutionId);
                boolean annotate = outcome.errors().stream().noneMatch(e -> UNREADABLE.contains(e.rule()));
                yield new PendingMove(key, file, target, outcome.errors(), annotate);
            }
            case DUPLICATE -> {
                Path target = storedFiles.archiveTarget(file.folder(), store.monthOf(outcome.existingKey()), file.fileName());
                store.recordDuplicate(key, outcome, null, storedFiles.record(target), jobExecutionId);
                yield new PendingMove(key, file, target, List.of(), false);
            }
            case FINISH_MOVE -> new PendingMove(outcome.existingKey(), file, storedFiles.resolve(outcome.existingPath()),
                    outcome.errors(), outcome.errors().stream().noneMatch(e -> UNREADABLE.contains(e.rule())));
        };
    }
}
