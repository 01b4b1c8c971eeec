package vn.da06.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import vn.da06.base.UserException;

/**
 * Before anything is written, and before logging opens its file there: the da06 home folder and the log's folder
 * exist and take a write. A read-only folder, one that belongs to another user or a full disk is then one clear line
 * rather than a logging system that fails to start with a page of stack traces.
 */
public final class HomeFolderCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** What a write must get through: one page, synced, so that a full disk shows here. */
    private static final int PROBE_BYTES = 8192;

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        Path home = Path.of(environment.getRequiredProperty("da06.home")).toAbsolutePath().normalize();
        writable(home);
        String logFile = environment.getProperty("logging.file.name");
        if (logFile != null && !logFile.isBlank()) {
            Path folder = Path.of(logFile).toAbsolutePath().normalize().getParent();
            if (folder != null && !folder.equals(home)) {
                writable(folder);
            }
        }
    }

    static void writable(Path folder) {
        Path probe = folder.resolve(".da06-write-check");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.allocate(PROBE_BYTES));
                channel.force(true);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            String line = FailureLine.of(e);
            if (line.startsWith("đĩa đầy")) {
                throw new UserException("đĩa chứa thư mục " + folder + " đã đầy. Hãy giải phóng chỗ trống trên đĩa rồi "
                        + "chạy lại lệnh.", e);
            }
            throw new UserException(line.startsWith("sự cố ngoài dự kiến")
                    ? "không dùng được thư mục " + folder + " (" + e + "). Hãy kiểm tra đường dẫn và quyền ghi, hoặc đặt "
                    + "thư mục khác bằng DA06_HOME." : line, e);
        }
    }
}
