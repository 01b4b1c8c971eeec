package vn.da06.submission;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Moves a committed chunk's files out of the inbox on a thread of its own while the step checks the next chunk: the
 * moves (error reports, renames, syncs) mostly wait on the disk, the checking on the processors. One chunk's moves at
 * a time, always after their chunk's commit; a failure of theirs fails the step when it next calls {@link #awaitPrevious}.
 * Used by the step's thread only.
 */
final class MovesInBackground {

    private static final Logger log = LoggerFactory.getLogger(MovesInBackground.class);

    private final FileMover mover;
    private final SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("da06-move-");
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    MovesInBackground(FileMover mover) {
        this.mover = mover;
        this.thread.setDaemon(true);
    }

    /** Starts moving a committed chunk's files, once the moves started before have ended. */
    void start(List<PendingMove> moves) {
        awaitPrevious();
        running = CompletableFuture.runAsync(() -> mover.moveAllOrFail(moves), thread);
    }

    /** Waits for the moves started before; fails as they failed ({@link FileMover#moveAllOrFail}). */
    void awaitPrevious() {
        CompletableFuture<Void> previous = running;
        running = CompletableFuture.completedFuture(null);
        try {
            previous.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the files of a committed chunk were being moved", e);
        }
    }

    /**
     * At the end of a step that failed elsewhere: lets the last moves end before the run does, so that no later run
     * meets a file half way. Their own failure is only logged: their records are committed, and the next run moves
     * whatever is left in the inbox.
     */
    void awaitQuietly() {
        try {
            awaitPrevious();
        } catch (RuntimeException e) {
            log.warn("Không chuyển hết được các tệp của khối đã ghi: {}; lần nhập sau sẽ chuyển lại.", e.getMessage());
        }
    }
}
