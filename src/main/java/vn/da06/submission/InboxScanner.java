package vn.da06.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists what is in the inbox: {@code inbox/<unit code>/<file>}. Everything found is an item, including what does
 * not belong (a folder inside a unit folder, a symbolic link; a workbook at the top is filed under the unit its signed
 * marker names), so that every entry ends in the archive or the rejected folder. Links are never followed. Items come
 * in order of arrival. Left for a later run: files that another program is still writing or holds open, named as
 * those programs name them while they work (da06's and rsync's {@code .name.part} or {@code .name.XXXXXX},
 * LibreOffice's {@code .~lock.name#}, Excel's {@code ~$name}).
 */
final class InboxScanner {

    private InboxScanner() {
    }

    static List<InboxFile> scan(Path inbox, Instant now) {
        List<InboxFile> files = new ArrayList<>();
        if (!Files.isDirectory(inbox, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (DirectoryStream<Path> top = Files.newDirectoryStream(inbox)) {
            for (Path entry : top) {
                if (inUse(entry)) {
                    continue;
                }
                BasicFileAttributes attributes = attributes(entry);
                if (attributes.isDirectory()) {
                    try (DirectoryStream<Path> unitFolder = Files.newDirectoryStream(entry)) {
                        for (Path file : unitFolder) {
                            if (!inUse(file)) {
                                files.add(item(file, entry.getFileName().toString(), now));
                            }
                        }
                    }
                } else {
                    files.add(item(entry, null, now));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(InboxFile::receivedAt).thenComparing(f -> f.path().toString()));
        return files;
    }

    /** How many files in the inbox are left because another program is still writing them or holds them open. */
    static long inUseCount(Path inbox) {
        if (!Files.isDirectory(inbox, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(inbox, 2)) {
            return paths.filter(path -> !path.equals(inbox) && inUse(path)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inUse(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }

    private static InboxFile item(Path path, String folder, Instant now) throws IOException {
        BasicFileAttributes attributes = attributes(path);
        Instant modified = attributes.lastModifiedTime().toInstant();
        return new InboxFile(path, folder, path.getFileName().toString(),
                attributes.isRegularFile() ? attributes.size() : 0, modified.isAfter(now) ? now : modified);
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
