package vn.da06.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.web.server.PortInUseException;

import vn.da06.base.Failures;
import vn.da06.base.UserException;

/**
 * The one line a user reads when a command fails, after "Lỗi: ": what went wrong and what to do, in Vietnamese.
 * A {@link UserException} anywhere in the causes says it best; otherwise the causes are searched for what an
 * operator can fix (a database that does not answer or refuses the login, a folder that cannot be written, a full
 * disk, a port in use), and only then is the root cause named as unexpected. The details are in the log.
 */
public final class FailureLine {

    private static final String SEE_LOG = "xem chi tiết trong tệp nhật ký logs/da06.log của thư mục da06.";

    private FailureLine() {
    }

    public static String of(Throwable failure) {
        return Failures.userException(failure).map(UserException::getMessage)
                .or(() -> connection(failure))
                .or(() -> files(failure))
                .or(() -> port(failure))
                .or(() -> Failures.databaseFailure(List.of(failure)).map(reason -> reason + "; " + SEE_LOG))
                .orElseGet(() -> "sự cố ngoài dự kiến (" + Failures.describeRoot(failure) + "); " + SEE_LOG);
    }

    /** Connecting failed: no server there, or it refused the login or the database. */
    private static Optional<String> connection(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("08001") || state.equals("08004")) {
                    return Optional.of("không kết nối được cơ sở dữ liệu (" + sql.getMessage() + "). Hãy kiểm tra máy chủ "
                            + "PostgreSQL đang chạy và địa chỉ đặt trong SPRING_DATASOURCE_URL (bỏ trống để da06 dùng "
                            + "PostgreSQL nhúng của mình).");
                }
                if (state.startsWith("28")) {
                    return Optional.of("cơ sở dữ liệu từ chối đăng nhập (" + sql.getMessage() + "). Hãy kiểm tra tên "
                            + "và mật khẩu (SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).");
                }
                if (state.equals("3D000")) {
                    return Optional.of("máy chủ không có cơ sở dữ liệu cần dùng (" + sql.getMessage() + "). Quản trị "
                            + "viên tạo nó một lần bằng sql/grants.sql (xem README, mục \"Dùng một máy chủ PostgreSQL có sẵn\").");
                }
            }
        }
        return Optional.empty();
    }

    /** A folder or file that cannot be written: read-only, not ours, or the disk is full. */
    private static Optional<String> files(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device")) {
                String file = t instanceof FileSystemException f && f.getFile() != null ? " khi ghi " + f.getFile() : "";
                return Optional.of("đĩa đầy" + file + ". Hãy giải phóng chỗ trống trên đĩa rồi chạy lại lệnh.");
            }
            if (t instanceof AccessDeniedException || t instanceof FileSystemException f
                    && String.valueOf(f.getReason()).contains("Read-only file system")) {
                FileSystemException f = (FileSystemException) t;
                return Optional.of("không ghi được vào " + f.getFile() + " (" + (f.getReason() == null ? "không có quyền ghi"
                        : f.getReason()) + "). Hãy cho người chạy da06 quyền ghi thư mục da06, hoặc đặt thư mục khác "
                        + "bằng DA06_HOME.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> port(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof PortInUseException inUse) {
                return Optional.of("cổng " + inUse.getPort() + " đang được một chương trình khác dùng (có thể là một da06 "
                        + "serve khác). Dừng chương trình đó, hoặc đặt cổng khác, ví dụ DA06_PORT=" + (inUse.getPort() + 1) + ".");
            }
        }
        return Optional.empty();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 100; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
