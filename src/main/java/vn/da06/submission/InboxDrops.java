package vn.da06.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;

/**
 * Workbooks that arrive another way than a unit folder (e-mail attachments) put at the top of the inbox, where the
 * import files each under the unit its signed marker names. The file is written outside the inbox and moved in whole,
 * dated at its arrival: the import takes a file's modification time as the moment it was received.
 */
@Component
public class InboxDrops {

    private final Da06Properties properties;

    InboxDrops(Da06Properties properties) {
        this.properties = properties;
    }

    /** Puts a workbook at the top of the inbox; a file of that name there can only be an earlier copy, and is replaced. */
    public Path drop(String name, byte[] content, Instant arrival) {
        Path target = properties.inbox().resolve(cleanName(name));
        try {
            Path work = Files.createDirectories(properties.home().resolve("work").resolve("mail"));
            Path part = work.resolve(target.getFileName() + ".part");
            Files.write(part, content);
            Files.setLastModifiedTime(part, FileTime.from(arrival));
            Files.createDirectories(properties.inbox());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sender's file name as one the import accepts: no folder part, no odd characters, not too long. */
    public static String cleanName(String name) {
        return Uploads.cleanName(name);
    }
}
