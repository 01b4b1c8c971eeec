package vn.da06.submission;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import vn.da06.base.Progress;

/** Shows how far an import is ({@link Progress}): files written, chunk by chunk. */
@Component
class ImportProgress implements ItemWriteListener<ImportOutcome> {

    private volatile Progress progress;

    void started(long files) {
        progress = Progress.start("Nhập báo cáo", files, " tệp");
    }

    @Override
    public void afterWrite(Chunk<? extends ImportOutcome> items) {
        Progress current = progress;
        if (current != null) {
            current.stepBy(items.size());
        }
    }

    void finished() {
        Progress current = progress;
        if (current != null) {
            current.close();
            progress = null;
        }
    }
}
