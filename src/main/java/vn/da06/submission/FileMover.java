package vn.da06.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves recorded files out of the inbox, after their records are committed (a crash before the move leaves the
 * file in the inbox and its record says where it belongs; the next run finishes the move). Never overwrites.
 */
@Component
class FileMover {

    private static final Logger log = LoggerFactory.getLogger(FileMover.class);

    private final SubmissionStore store;
    private final StoredFiles storedFiles;
    private final TransactionTemplate newTransaction;
    private final CrashPoints crashPoints;

    FileMover(SubmissionStore store, StoredFiles storedFiles, PlatformTransactionManager transactionManager,
              CrashPoints crashPoints) {
        this.crashPoints = crashPoints;
        this.store = store;
        this.storedFiles = storedFiles;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void moveAll(List<PendingMove> moves) {
        List<Long> moved = new ArrayList<>();
        for (PendingMove move : moves) {
            try {
                Files.createDirectories(move.target().getParent());
                if (!move.errors().isEmpty()) {
                    // The report first: a crash between the two leaves the file in the inbox, and the rerun rewrites it.
                    ErrorReportWriter.write(move.file().path(), move.file().display(), move.errors(), move.annotate(),
                            StoredFiles.errorReportFor(move.target()));
                }
                crashPoints.reach("move");
                Files.move(move.file().path(), move.target(), LinkOption.NOFOLLOW_LINKS);
                moved.add(move.submissionKey());
            } catch (IOException | RuntimeException e) {
                log.error("Không chuyển được tệp {} tới {}: {}; lần nhập sau sẽ chuyển lại.", move.file().display(),
                        move.target(), e.toString());
            } finally {
                storedFiles.release(move.target());
            }
        }
        crashPoints.reach("moved");
        newTransaction.executeWithoutResult(status -> store.markMoved(moved));
    }

    /**
     * Marks as moved the records whose file already lies where it was to be stored: a run that died between moving
     * files and marking them left them unmarked (its other files are still in the inbox and get moved on sight).
     */
    void markInterruptedMoves() {
        List<Long> moved = store.unmoved().entrySet().stream()
                .filter(e -> Files.exists(storedFiles.resolve(e.getValue()), LinkOption.NOFOLLOW_LINKS))
                .map(java.util.Map.Entry::getKey).toList();
        if (!moved.isEmpty()) {
            log.info("Ghi nhận {} tệp đã được chuyển bởi một lần nhập bị ngắt", moved.size());
            newTransaction.executeWithoutResult(status -> store.markMoved(moved));
        }
    }

    void forget(List<PendingMove> moves) {
        moves.forEach(m -> storedFiles.release(m.target()));
    }
}
