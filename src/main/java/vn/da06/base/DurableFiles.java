package vn.da06.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes what was written survive a power cut: file contents and the folder entries that name them. A rename is
 * durable only once the folders it changed are synced.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Syncs a file's contents and attributes to the disk. */
    public static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Syncs a folder, so that the names created, removed or moved in it are on the disk. Opening a folder for reading
     * works on Linux and macOS; where it does not (Windows) there is nothing to sync this way.
     */
    public static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (System.getProperty("os.name").startsWith("Windows")) {
                return;
            }
            throw e;
        }
    }
}
