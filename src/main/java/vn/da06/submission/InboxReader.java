package vn.da06.submission;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the inbox as it is when the step opens. Needs no saved state for a restart: every file it handed out and
 * that was committed has left the inbox, so a restarted step simply lists what is still there.
 */
class InboxReader implements ItemStreamReader<InboxFile> {

    private final Path inbox;
    private final ImportProgress progress;
    private Iterator<InboxFile> files = List.<InboxFile>of().iterator();

    InboxReader(Path inbox, ImportProgress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        List<InboxFile> found = InboxScanner.scan(inbox, Instant.now());
        progress.started(found.size());
        files = found.iterator();
    }

    @Override
    public InboxFile read() {
        return files.hasNext() ? files.next() : null;
    }
}
