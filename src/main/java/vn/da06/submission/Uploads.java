package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/**
 * Workbooks uploaded through the portal. An upload is put into its unit's inbox folder, exactly where a workbook sent
 * by e-mail is dropped, under a name that carries the upload's number ({@code web17-baocao.xlsx}); from there the
 * import job takes it like any other, by the same rules. The file is written outside the inbox first and then moved
 * in whole, so an import never sees half of it.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final int MAX_NAME_CHARS = 70;

    /**
     * One upload.
     *
     * @param inboxName     its file name in the unit's inbox folder, and so of the submission the import records
     * @param submissionKey the latest submission recorded for it, null while the import has not seen it
     */
    public record Upload(long id, Instant uploadedAt, String login, String unitCode, boolean onBehalf,
                         String originalName, String inboxName, long size, Long submissionKey) {
    }

    private final JdbcClient jdbc;
    private final Da06Properties properties;

    Uploads(JdbcClient jdbc, Da06Properties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Puts an uploaded workbook into the unit's inbox folder and records who uploaded it. */
    public Upload receive(String unitCode, String originalName, InputStream content, String login, boolean onBehalf) {
        if (!jdbc.sql(SqlFiles.load("query/submission/unit-exists.sql")).param("code", unitCode).query(Boolean.class).single()) {
            throw new UserException("không có đơn vị mã " + unitCode + ".");
        }
        long key = jdbc.sql(SqlFiles.load("query/submission/upload-next-key.sql")).query(Long.class).single();
        String inboxName = "web" + key + "-" + cleanName(originalName);
        Path folder = properties.inbox().resolve(unitCode);
        Path target = folder.resolve(inboxName);
        try {
            Path work = Files.createDirectories(properties.home().resolve("work").resolve("uploads"));
            Path part = work.resolve(inboxName + ".part");
            long size;
            try (content) {
                size = Files.copy(content, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(folder);
            moveIn(part, target);
            jdbc.sql(SqlFiles.load("query/submission/upload-insert.sql")).param("key", key).param("login", login)
                    .param("unit", unitCode).param("onBehalf", onBehalf).param("original", originalName == null ? "" : originalName)
                    .param("inboxName", inboxName).param("size", size).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return find(key).orElseThrow();
    }

    public Optional<Upload> find(long id) {
        return jdbc.sql(SqlFiles.load("query/submission/upload-find.sql")).param("key", id)
                .query((rs, n) -> new Upload(rs.getLong("upload_key"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("login"), rs.getString("unit_code"), rs.getBoolean("on_behalf"),
                        rs.getString("original_name"), rs.getString("inbox_name"), rs.getLong("file_size"),
                        (Long) rs.getObject("submission_key")))
                .optional();
    }

    private static void moveIn(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            log.warn("Hộp thư nằm trên ổ đĩa khác thư mục làm việc; chuyển tệp tải lên không nguyên tử: {}", target);
            Files.move(part, target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** The uploader's file name as one the import accepts: no folder part, no odd characters, not too long. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = StoredFiles.safeName(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)).strip();
        if (name.isEmpty() || name.equals("_")) {
            name = "bao-cao.xlsx";
        }
        if (name.length() > MAX_NAME_CHARS) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_CHARS - extension.length()) + extension;
        }
        return name;
    }
}
