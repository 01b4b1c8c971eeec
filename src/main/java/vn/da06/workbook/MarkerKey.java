package vn.da06.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.Secrets;
import vn.da06.base.UserException;

/**
 * The warehouse's key for signing workbook markers. It lives in {@code <home>/secrets/marker-key}, readable by the
 * home's owner only, and never in the database, where any role that reads the warehouse would read it (and could forge
 * any unit's workbook). It was generated with the schema (migration V3) and moved here by migration 12.1, so the
 * templates issued before the move still verify.
 */
@Component
public class MarkerKey {

    private final Path file;
    private volatile byte[] key;

    MarkerKey(Da06Properties properties) {
        this.file = file(properties.home());
    }

    /** Where a home keeps its key. */
    static Path file(Path home) {
        return home.resolve("secrets").resolve("marker-key");
    }

    public byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            try {
                current = Secrets.read(file).getBytes(StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UserException("không đọc được khóa ký mẫu báo cáo " + file + " (" + e.getMessage() + "): không có "
                        + "nó thì không tạo được mẫu và không kiểm được mẫu đã phát. Khôi phục tệp này từ bản sao lưu thư "
                        + "mục da06 (hoặc da06 restore <tệp sao lưu>).", e);
            }
            if (current.length == 0) {
                throw new UserException("tệp khóa ký mẫu báo cáo " + file + " trống; khôi phục nó từ bản sao lưu.");
            }
            key = current;
        }
        return current.clone();
    }

    /** Whether the home has a key file already (it is never replaced). */
    static boolean exists(Path home) {
        return Files.exists(file(home));
    }
}
