package vn.da06.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites the parts of an .xlsx (a zip) to build broken and hostile variants of a valid workbook. */
final class ZipSurgery {

    /** Writes the content of a part into the zip being built; may write far more than it keeps in memory. */
    @FunctionalInterface
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, PartWriter> streamed = new LinkedHashMap<>();
    private boolean stored;

    private ZipSurgery() {
    }

    static ZipSurgery of(byte[] xlsx) throws IOException {
        ZipSurgery surgery = new ZipSurgery();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                surgery.parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return surgery;
    }

    /** The parts of a workbook, by name, as text. */
    static Map<String, String> textParts(byte[] xlsx) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        of(xlsx).parts.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }

    String text(String part) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Changes a part's text; the change must change something (a test that edits nothing proves nothing). */
    ZipSurgery edit(String part, UnaryOperator<String> change) {
        String before = text(part);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit of " + part + " changed nothing");
        }
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipSurgery put(String part, String content) {
        parts.put(part, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipSurgery put(String part, byte[] content) {
        parts.put(part, content);
        return this;
    }

    /** A part written on the fly (a huge one), replacing any part of that name. */
    ZipSurgery stream(String part, PartWriter writer) {
        parts.remove(part);
        streamed.put(part, writer);
        return this;
    }

    /** Store parts uncompressed (the zip is as large as its content). */
    ZipSurgery stored() {
        stored = true;
        return this;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream fileOut = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(fileOut)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(entry(part.getKey(), part.getValue()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            for (var part : streamed.entrySet()) {
                if (stored) {
                    // A stored entry needs its size and CRC up front: render it once to learn them.
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    part.getValue().write(content);
                    zip.putNextEntry(entry(part.getKey(), content.toByteArray()));
                    content.writeTo(zip);
                } else {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    part.getValue().write(zip);
                }
                zip.closeEntry();
            }
        }
    }

    byte[] bytes() throws IOException {
        Path temporary = Files.createTempFile("zip-surgery-", ".xlsx");
        try {
            write(temporary);
            return Files.readAllBytes(temporary);
        } finally {
            Files.delete(temporary);
        }
    }

    private ZipEntry entry(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }
}
