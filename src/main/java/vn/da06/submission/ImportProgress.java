package vn.da06.submission;

import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/** Shows how far an import is: a progress bar on a terminal, a log line every tenth of the way otherwise. */
@Component
class ImportProgress implements ItemWriteListener<ImportOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile ProgressBar bar;

    void started(long files) {
        total = files;
        done.set(0);
        if (System.console() != null && files > 0) {
            bar = new ProgressBarBuilder().setTaskName("Nhập báo cáo").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" tệp", 1).continuousUpdate().build();
        } else {
            log.info("Nhập báo cáo: {} tệp trong hộp thư", files);
        }
    }

    @Override
    public void afterWrite(Chunk<? extends ImportOutcome> items) {
        long before = done.getAndAdd(items.size());
        long after = before + items.size();
        ProgressBar current = bar;
        if (current != null) {
            current.stepTo(after);
        } else if (total > 0 && after * 10 / total != before * 10 / total) {
            log.info("Nhập báo cáo: {}/{} tệp", after, total);
        }
    }

    void finished() {
        ProgressBar current = bar;
        if (current != null) {
            current.close();
            bar = null;
        }
    }
}
