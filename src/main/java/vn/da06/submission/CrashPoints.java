package vn.da06.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A hook for the crash tests (reliability tests of the import), inert in normal use. When the environment variable
 * {@code DA06_CRASH_POINT} names one of the points below as {@code point} or {@code point#n} (the n-th time it is
 * reached in this process), reaching it writes the file {@code DA06_CRASH_MARKER} and waits: the test kills the
 * process there ({@code kill -9}), or, to inject a fault such as a lost database, does it and then creates
 * {@code <marker>.go} to let the import go on. Without the variable a point costs a field comparison.
 *
 * <p>Points: {@code parse} (a workbook is about to be read), {@code load} (a workbook was recorded inside the
 * chunk's transaction, not yet committed), {@code commit} (a chunk was committed, its files not yet moved),
 * {@code move} (a file is about to be moved; a rejected one's error report is written), {@code moved} (a chunk's
 * files were moved, not yet marked as moved); and for the mailbox ({@code da06 mail fetch}): {@code mail-recorded} (a
 * message and its attachments were recorded and put into the inbox, not yet imported), {@code mail-imported} (the
 * import ran, the message is not yet marked as done).
 */
@Component
public class CrashPoints {

    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final String point;
    private final int occurrence;
    private final Path marker;
    private final AtomicInteger reached = new AtomicInteger();

    CrashPoints() {
        this(System.getenv("DA06_CRASH_POINT"), System.getenv("DA06_CRASH_MARKER"));
    }

    CrashPoints(String spec, String marker) {
        if (spec == null || spec.isBlank() || marker == null || marker.isBlank()) {
            this.point = null;
            this.occurrence = 0;
            this.marker = null;
        } else {
            int hash = spec.indexOf('#');
            this.point = hash < 0 ? spec : spec.substring(0, hash);
            this.occurrence = hash < 0 ? 1 : Integer.parseInt(spec.substring(hash + 1));
            this.marker = Path.of(marker);
        }
    }

    public void reach(String name) {
        if (point == null || !point.equals(name) || reached.incrementAndGet() != occurrence) {
            return;
        }
        Path go = marker.resolveSibling(marker.getFileName() + ".go");
        try {
            Path temporary = marker.resolveSibling(marker.getFileName() + ".tmp");
            Files.writeString(temporary, name + "#" + occurrence);
            Files.move(temporary, marker, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            while (!Files.exists(go) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
