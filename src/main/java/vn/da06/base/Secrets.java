package vn.da06.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Small secret files: readable by their owner only (0600), written whole or not at all (a temporary file, synced,
 * then renamed), so that a crash never leaves half a password.
 */
public final class Secrets {

    private Secrets() {
    }

    /** The file's first line. */
    public static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
    }

    /** Writes {@code value} as the file's one line, for its owner's eyes only. */
    public static void write(Path file, String value) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            channel.write(ByteBuffer.wrap((value + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DurableFiles.syncFolder(file.getParent());
    }
}
