package vn.da06.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.base.Secrets;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/**
 * Whether the database is this home's warehouse. Its identity, generated with the database (migration V12), is kept
 * in the home too ({@value #FILE}). da06 refuses to start when the two differ, or when the database is new while the
 * home holds what an earlier warehouse left (imported, rejected files, templates): an empty warehouse filled anew
 * beside them would hide the loss, and the next import would load again what the archive already holds.
 */
public final class WarehouseIdentity {

    /** The file in the home that holds the identity. */
    public static final String FILE = "warehouse-id";

    private WarehouseIdentity() {
    }

    /** The database's identity. */
    public static UUID of(JdbcClient jdbc) {
        return UUID.fromString(jdbc.sql(SqlFiles.load("query/database/warehouse.sql")).query().singleRow().get("id").toString());
    }

    /** Records the database's identity in the home, as after a restore. */
    public static void record(Path home, UUID id) throws IOException {
        Secrets.write(home.resolve(FILE), id.toString());
    }

    /**
     * Before anything is written into a database that was never migrated: refuses it when the home shows an earlier
     * warehouse (its identity, imported or rejected files, templates), rather than create an empty one beside them.
     */
    static void beforeMigrating(Da06Properties folders, boolean databaseCreated) {
        if (!databaseCreated) {
            return;
        }
        try {
            List<String> traces = traces(folders);
            if (Files.exists(folders.home().resolve(FILE)) || !traces.isEmpty()) {
                throw lost(folders, traces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the migrated database against the home, and records its identity there the first time. */
    static void verify(JdbcClient jdbc, Da06Properties folders) {
        UUID database = of(jdbc);
        Path file = folders.home().resolve(FILE);
        try {
            boolean empty = jdbc.sql(SqlFiles.load("query/database/warehouse-empty.sql")).query(Boolean.class).single();
            if (Files.exists(file)) {
                UUID home = UUID.fromString(Secrets.read(file));
                if (!home.equals(database)) {
                    throw empty ? lost(folders, traces(folders)) : mixedUp(folders, home, database);
                }
                return;
            }
            List<String> traces = traces(folders);
            if (empty && !traces.isEmpty()) {
                throw lost(folders, traces);
            }
            record(folders.home(), database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserException lost(Da06Properties folders, List<String> traces) {
        return new UserException("cơ sở dữ liệu của kho đã mất: cơ sở dữ liệu da06 đang dùng là một kho mới, trống, trong "
                + "khi thư mục " + folders.home() + " còn " + (traces.isEmpty() ? "mã của kho cũ (" + FILE + ")"
                : String.join(", ", traces)) + ". Hãy khôi phục bản sao lưu gần nhất bằng pg_restore (xem README, mục "
                + "\"Sao lưu, khôi phục, nâng cấp\") rồi chạy lại lệnh; không chạy lệnh nào khác trước khi khôi phục.");
    }

    private static UserException mixedUp(Da06Properties folders, UUID home, UUID database) {
        return new UserException("cơ sở dữ liệu đang dùng (kho " + database + ") không phải kho của thư mục " + folders.home()
                + " (kho " + home + ", ghi trong " + FILE + "). Hãy kiểm tra DA06_HOME và SPRING_DATASOURCE_URL trỏ đúng "
                + "nơi, hoặc khôi phục bản sao lưu của kho này bằng pg_restore (xem README, mục \"Sao lưu, khôi phục, nâng cấp\").");
    }

    /** What an earlier warehouse left in the home, e.g. "332 tệp trong archive/". */
    private static List<String> traces(Da06Properties folders) throws IOException {
        List<String> traces = new ArrayList<>();
        count(folders.archive(), "đã nhập trong", traces);
        count(folders.rejected(), "bị từ chối trong", traces);
        count(folders.home().resolve("templates"), "mẫu báo cáo đã phát trong", traces);
        return traces;
    }

    private static void count(Path folder, String what, List<String> traces) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long count = files.filter(Files::isRegularFile).count();
            if (count > 0) {
                traces.add(count + " tệp " + what + " " + folder);
            }
        }
    }
}
