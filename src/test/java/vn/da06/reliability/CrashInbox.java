package vn.da06.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import vn.da06.submission.TestWorkbook;
import vn.da06.workbook.WorkbookLayout.CoverField;

/**
 * An inbox for the crash, fault and concurrency tests: a night's worth of files of every kind the import handles
 * (loads, a resubmission that supersedes, a copy that is a duplicate, rejections with and without an annotated
 * report, a file outside any unit folder) plus files already in the archive and the rejected folder under the names
 * some of them will want, so that stored names get suffixes. Written once to a source folder, copied for each run.
 */
final class CrashInbox {

    /** Stray files already stored under names the inbox files want: not part of any record. */
    static final List<String> PLANTED = List.of("archive/21952/2024-01/2024-01.xlsx", "rejected/21952/sai-tu-so.xlsx");

    /** What {@link #entries} gives a folder or a link in place of a hash. */
    static final String NO_CONTENT = "-";

    private final Path source;

    private CrashInbox(Path source) {
        this.source = source;
    }

    /** Writes the files under {@code source/inbox} and the planted ones under {@code source/}. */
    static CrashInbox write(Path source, byte[] markerKey) throws IOException {
        Instant arrival = Instant.parse("2024-02-05T02:00:00Z");
        Path inbox = source.resolve("inbox");
        Path first = month("21952", "2024-01", 40, markerKey).write(inbox.resolve("21952/2024-01.xlsx"), arrival);
        month("21952", "2024-02", 41, markerKey).write(inbox.resolve("21952/2024-02.xlsx"), arrival.plusSeconds(86_400));
        month("21952", "2024-03", 42, markerKey).write(inbox.resolve("21952/2024-03-lan1.xlsx"), Instant.parse("2024-04-05T02:00:00Z"));
        Path second = month("21952", "2024-03", 45, markerKey).cover(CoverField.PREPARED_BY, "Trần Thị B")
                .write(inbox.resolve("21952/2024-03-lan2.xlsx"), Instant.parse("2024-04-06T02:00:00Z"));
        Path copy = inbox.resolve("21952/2024-03-ban-sao.xlsx");
        Files.copy(second, copy);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2024-04-07T02:00:00Z")));
        TestWorkbook.of("21955", "2024-03", markerKey).indicator("CT02", 12, 20, "Diêu Trì")
                .write(inbox.resolve("21955/2024-03.xlsx"), Instant.parse("2024-04-08T02:00:00Z"));
        month("21952", "2024-04", 46, markerKey).indicator("CT05", 60, 50, null)
                .write(inbox.resolve("21952/sai-tu-so.xlsx"), Instant.parse("2024-05-02T02:00:00Z"));
        Path broken = inbox.resolve("21952/hong.xlsx");
        byte[] valid = Files.readAllBytes(first);
        Files.write(broken, java.util.Arrays.copyOf(valid, valid.length / 2));
        Files.setLastModifiedTime(broken, FileTime.from(Instant.parse("2024-05-03T02:00:00Z")));
        TestWorkbook.of("21952", "2024-04", markerKey).indicator("CT02", 1, 2, null)
                .write(inbox.resolve("21955/don-vi-khac.xlsx"), Instant.parse("2024-05-04T02:00:00Z"));
        Path astray = inbox.resolve("lac-cho.xlsx");
        Files.writeString(astray, "không phải bảng tính");
        Files.setLastModifiedTime(astray, FileTime.from(Instant.parse("2024-05-05T02:00:00Z")));
        month("21952", "2024-04", 47, markerKey).write(inbox.resolve("21952/2024-04.xlsx"), Instant.parse("2024-05-06T02:00:00Z"));
        month("21955", "2024-04", 48, markerKey).write(inbox.resolve("21955/2024-04.xlsx"), Instant.parse("2024-05-07T02:00:00Z"));
        // Entries without content of their own: a folder named like a workbook, a link to a workbook elsewhere.
        Files.createDirectories(inbox.resolve("21952/thu-muc.xlsx"));
        Path elsewhere = source.resolve("elsewhere/2024-05.xlsx");
        Files.createDirectories(elsewhere.getParent());
        Files.copy(first, elsewhere);
        Files.createSymbolicLink(inbox.resolve("21955/lien-ket.xlsx"), elsewhere);
        setTime(inbox.resolve("21952/thu-muc.xlsx"), FileTime.from(Instant.parse("2024-05-08T02:00:00Z")));
        setTime(inbox.resolve("21955/lien-ket.xlsx"), FileTime.from(Instant.parse("2024-05-09T02:00:00Z")));
        for (String planted : PLANTED) {
            Path file = source.resolve(planted);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "một tệp đã có sẵn ở đây");
        }
        return new CrashInbox(source);
    }

    private static TestWorkbook month(String unit, String month, int numerator, byte[] markerKey) {
        return TestWorkbook.of(unit, month, markerKey)
                .task("NV13", "Đang triển khai", numerator, null, "Kết quả tháng " + month, null, null)
                .indicator("CT02", numerator, 50, null);
    }

    /** Copies the inbox (with its files' times, its folders and links) and the planted files into a da06 home. */
    void copyTo(Path home) throws IOException {
        try (Stream<Path> entries = Files.walk(source)) {
            for (Path from : entries.filter(p -> !p.startsWith(source.resolve("elsewhere"))).toList()) {
                Path to = home.resolve(source.relativize(from).toString());
                if (Files.isSymbolicLink(from)) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Files.readSymbolicLink(from));
                    setTime(to, Files.getLastModifiedTime(from, LinkOption.NOFOLLOW_LINKS));
                } else if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                    setTime(to, Files.getLastModifiedTime(from));
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * What the inbox holds, relative to it ("21952/2024-01.xlsx"): each file with its SHA-256, a folder or a link
     * (entries the import moves as they are) with {@link #NO_CONTENT}.
     */
    Map<String, String> entries() throws IOException {
        Path inbox = source.resolve("inbox");
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(inbox)) {
            for (Path entry : all.filter(p -> !p.equals(inbox)).toList()) {
                boolean unitFolder = entry.getParent().equals(inbox) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (!unitFolder) {
                    entries.put(inbox.relativize(entry).toString(),
                            Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) ? sha256(entry) : NO_CONTENT);
                }
            }
        }
        return entries;
    }

    /** Sets the modification time of a file, a folder or a link itself (the import's arrival time). */
    private static void setTime(Path entry, FileTime time) throws IOException {
        Files.getFileAttributeView(entry, java.nio.file.attribute.BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(time, null, null);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
