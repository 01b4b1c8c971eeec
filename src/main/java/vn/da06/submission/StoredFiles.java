package vn.da06.submission;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;

/**
 * Where accepted and rejected files go: {@code archive/<unit>/<YYYY-MM>/} and {@code rejected/<unit>/}. Files are
 * never overwritten: a name already taken gets a suffix ({@code _2}, {@code _3} ...). Paths are recorded relative to
 * the da06 home when they lie under it.
 */
@Component
class StoredFiles {

    static final String NO_UNIT_FOLDER = "_khong-ro-don-vi";
    private static final String ERROR_REPORT_SUFFIX = "_LOI.xlsx";
    private static final int MAX_BASE_BYTES = 200;
    private static final int MAX_EXTENSION_BYTES = 16;

    private final Da06Properties properties;
    private final Set<Path> reserved = new HashSet<>();

    StoredFiles(Da06Properties properties) {
        this.properties = properties;
    }

    /** A free path in the archive for an accepted (or duplicate) file of the unit and month. */
    synchronized Path archiveTarget(String unitCode, YearMonth month, String fileName) {
        return free(properties.archive().resolve(safeName(unitCode)).resolve(month.toString()), fileName);
    }

    /** A free path in the held folder for a workbook of a locked month, waiting there for approval. */
    synchronized Path heldTarget(String unitCode, YearMonth month, String fileName) {
        return free(properties.held().resolve(safeName(unitCode)).resolve(month.toString()), fileName);
    }

    /** A free path in a unit's inbox folder, for a workbook handed (back) to the import. */
    synchronized Path inboxTarget(String unitCode, String fileName) {
        return free(properties.inbox().resolve(safeName(unitCode)), fileName);
    }

    /** A free path in the rejected folder, under the inbox folder the file came from. */
    synchronized Path rejectedTarget(String folder, String fileName) {
        return free(properties.rejected().resolve(folder == null ? NO_UNIT_FOLDER : safeName(folder)), fileName);
    }

    /** The error report written beside a rejected file: "x.xlsx" → "x_LOI.xlsx". */
    static Path errorReportFor(Path rejectedFile) {
        String name = rejectedFile.getFileName().toString();
        String base = name.toLowerCase().endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return rejectedFile.resolveSibling(base + ERROR_REPORT_SUFFIX);
    }

    /** Forget names handed out but not used (a chunk that rolled back, or moves that are done). */
    synchronized void release(Path path) {
        reserved.remove(path);
    }

    String record(Path path) {
        Path home = properties.home();
        return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
    }

    Path resolve(String recorded) {
        return properties.home().resolve(recorded);
    }

    private Path free(Path dir, String fileName) {
        String name = safeName(fileName);
        int dot = name.lastIndexOf('.');
        // Room for a suffix ("_12") and the error report's "_LOI.xlsx.tmp" within a file system's 255-byte names.
        String base = shorten(dot > 0 ? name.substring(0, dot) : name, MAX_BASE_BYTES);
        String extension = shorten(dot > 0 ? name.substring(dot) : "", MAX_EXTENSION_BYTES);
        name = base + extension;
        Path candidate = dir.resolve(name);
        for (int n = 2; taken(candidate); n++) {
            candidate = dir.resolve(base + "_" + n + extension);
        }
        reserved.add(candidate);
        return candidate;
    }

    /** The longest prefix of {@code text} whose UTF-8 encoding fits in {@code maxBytes}. */
    private static String shorten(String text, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > maxBytes) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private boolean taken(Path candidate) {
        return reserved.contains(candidate) || Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(errorReportFor(candidate), LinkOption.NOFOLLOW_LINKS);
    }

    /** Letters (Vietnamese included), digits, dot, dash, underscore and space survive; anything else becomes "_". */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{M}\\p{N}._\\- ]", "_").replaceAll("^\\.+", "_");
        return cleaned.isBlank() ? "_" : cleaned;
    }
}
