package vn.da06.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Text written to a stream as UTF-8, buffered, by one thread. POI writes a sheet's XML a character or a few at a
 * time, and a {@code BufferedWriter} over an {@code OutputStreamWriter} takes a lock on every call and copies every
 * character twice before encoding it: on a province's data sheets (hundreds of millions of characters) that cost more
 * than the rest of the sheets' writing. Here each character is encoded straight into the byte buffer. The bytes are
 * those {@code OutputStreamWriter} writes, down to its "?" for text that is not valid UTF-16 (a lone surrogate).
 */
final class UnsynchronizedUtf8Writer extends Writer {

    private static final int BUFFER = 1 << 16;
    /** The most bytes one character adds: a lone high surrogate's "?" and a 3-byte character after it. */
    private static final int MOST_PER_CHAR = 4;

    private final OutputStream out;
    private final byte[] bytes = new byte[BUFFER];
    private int count;
    /** A high surrogate written last, waiting for the low one that makes the pair, or 0. */
    private char high;
    private boolean closed;

    UnsynchronizedUtf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(text[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (count > BUFFER - MOST_PER_CHAR) {
            out.write(bytes, 0, count);
            count = 0;
        }
        if (c < 0x80 && high == 0) {
            bytes[count++] = (byte) c;
        } else {
            encode(c);
        }
    }

    private void encode(char c) {
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(pending, c);
                bytes[count++] = (byte) (0xF0 | codePoint >> 18);
                bytes[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** Writes what is buffered but a high surrogate, which waits for its pair. */
    @Override
    public void flush() throws IOException {
        out.write(bytes, 0, count);
        count = 0;
        out.flush();
    }

    /** Closes the stream; closing again does nothing (POI closes a sheet's writer, then disposes of it). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            out.write(bytes, 0, count);
            if (high != 0) {
                out.write('?');
            }
        }
    }
}
