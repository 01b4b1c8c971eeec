package vn.da06.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Without a terminal (cron, a service, this test) progress goes to the log, a line every tenth of the way. */
class ProgressTests {

    @Test
    void withoutATerminalProgressIsALogLineEveryTenth() {
        Logger logger = (Logger) LoggerFactory.getLogger(Progress.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        try (Progress progress = Progress.start("Tạo mẫu báo cáo", 40, " tệp")) {
            for (int i = 0; i < 40; i++) {
                progress.step();
            }
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(11)
                .startsWith("Tạo mẫu báo cáo: 40 tệp", "Tạo mẫu báo cáo: 4/40 tệp")
                .endsWith("Tạo mẫu báo cáo: 40/40 tệp");
    }
}
