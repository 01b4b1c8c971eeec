package vn.da06.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.da06.support.ChildDa06;
import vn.da06.support.TestMail;

/**
 * {@code da06 mail fetch} killed outright ({@code kill -9} of its JVM) between reading the mailbox and committing
 * what it read, then run again: every workbook is loaded once, every message answered once and marked done, and
 * nothing is left in the inbox. The points are the production hook {@code CrashPoints}: after the messages were
 * recorded and their workbooks put into the inbox, inside the import they started (a chunk committed, its files not
 * yet moved), and after the import, before the messages were marked done.
 */
class MailCrashTests extends MailTest {

    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "kill -9 at {0}, then fetch again")
    @ValueSource(strings = {"mail-recorded", "commit#1", "mail-imported"})
    void aKilledFetchRunAgainLoadsEachWorkbookOnceAndAnswersEachMessageOnce(String point) throws IOException {
        send(UNIT_ADDRESS, "Báo cáo tháng 3", file(march(), "dung.xlsx"));
        send(UNIT_ADDRESS, "Báo cáo tháng 3 (bản sai)", file(march().indicator("CT05", 60, 50, null), "sai.xlsx"));
        Path marker = properties.home().resolve("crash-" + point.replace('#', '-'));
        ChildDa06.Running crashing = child().env("DA06_CRASH_POINT", point).env("DA06_CRASH_MARKER", marker.toString())
                .start("mail", "fetch");
        awaitMarker(crashing, marker);
        crashing.kill();

        assertSucceeded(fetch());

        assertThat(jdbc.sql("SELECT status FROM fact_submission ORDER BY status").query(String.class).list())
                .containsExactly("accepted", "rejected");
        assertThat(replies()).hasSize(2);
        assertThat(replies().stream().map(MailTest::text))
                .anySatisfy(t -> assertThat(t).contains("\"dung.xlsx\": ĐÃ NHẬN VÀ NẠP."))
                .anySatisfy(t -> assertThat(t).contains("\"sai.xlsx\": BỊ TỪ CHỐI"));
        assertThat(TestMail.inbox()).hasSize(2).allSatisfy(m -> assertThat(m.getFlags().contains(Mailbox.DONE_FLAG)).isTrue());
        try (Stream<Path> left = Files.walk(properties.inbox())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        assertSucceeded(fetch());
        assertThat(replies()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM fact_submission").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void withoutAMailboxFetchSaysSoInOneLine() {
        ChildDa06.Result result = ChildDa06.like(context).run(Duration.ofMinutes(2), "mail", "fetch");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err().strip()).startsWith("Lỗi: chưa đặt hộp thư nhận báo cáo").doesNotContain("\n");
    }

    private ChildDa06 child() {
        ChildDa06 child = ChildDa06.like(context).setting("da06.import.chunk-size", "1");
        TestMail.settings().forEach(s -> child.setting(s[0], s[1]));
        return child;
    }

    private static void awaitMarker(ChildDa06.Running child, Path marker) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(marker)) {
            if (!child.process().isAlive()) {
                throw new AssertionError("da06 mail fetch ended without reaching " + marker.getFileName() + ":\n" + child.output());
            }
            if (System.nanoTime() > deadline) {
                child.kill();
                throw new AssertionError("da06 mail fetch did not reach " + marker.getFileName() + " in time:\n" + child.output());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
