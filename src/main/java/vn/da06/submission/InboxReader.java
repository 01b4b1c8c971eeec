package vn.da06.submission;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the inbox as it is when the step opens, in order of arrival. Needs no saved state for a restart: every file
 * it handed out and that was committed has left the inbox (or is recorded, to be moved on sight), so a restarted step
 * simply lists what is still there. Opening first marks the moves an interrupted run made but did not record.
 */
class InboxReader implements ItemStreamReader<InboxFile> {

    private final Path inbox;
    private final ImportProgress progress;
    private final FileMover mover;
    private Iterator<InboxFile> files = List.<InboxFile>of().iterator();

    InboxReader(Path inbox, ImportProgress progress, FileMover mover) {
        this.inbox = inbox;
        this.progress = progress;
        this.mover = mover;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        mover.markInterruptedMoves();
        List<InboxFile> found = InboxScanner.scan(inbox, Instant.now());
        progress.started(found.size());
        files = found.iterator();
    }

    @Override
    public InboxFile read() {
        return files.hasNext() ? files.next() : null;
    }

    /** Whether every file of the inbox has been read: the chunk being written is the last. */
    boolean exhausted() {
        return !files.hasNext();
    }
}
