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

    FileMover(SubmissionStore store, StoredFiles storedFiles, PlatformTransactionManager transactionManager) {
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
                Files.move(move.file().path(), move.target(), LinkOption.NOFOLLOW_LINKS);
                moved.add(move.submissionKey());
            } catch (IOException | RuntimeException e) {
                log.error("Không chuyển được tệp {} tới {}: {}; lần nhập sau sẽ chuyển lại.", move.file().display(),
                        move.target(), e.toString());
            } finally {
                storedFiles.release(move.target());
            }
        }
        newTransaction.executeWithoutResult(status -> store.markMoved(moved));
    }

    void forget(List<PendingMove> moves) {
        moves.forEach(m -> storedFiles.release(m.target()));
    }
}
