package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sheets' XML bytes are those Java's own UTF-8 writer would write, whatever the text holds. */
class UnsynchronizedUtf8WriterTests {

    private static final String EMOJI = "\uD83D\uDE00";

    @ParameterizedTest
    @ValueSource(strings = {"", "Kết quả <b> & \"x\"", "Tiến độ 62,5 %", "€ ✓ 中文", EMOJI + " a " + EMOJI,
            "lone high \uD83D then text", "lone low \uDE00 here", "ends on a lone high \uD83D", "\uD83D\uD83D\uDE00",
            "\uDE00\uD83D", "\u0000\u007F\u0080\u07FF\u0800\uFFFF"})
    void writesTheBytesOfOutputStreamWriter(String text) throws IOException {
        assertThat(written(text, 1)).isEqualTo(expected(text));
        assertThat(written(text, 3)).isEqualTo(expected(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 4096, 70_000})
    void textLongerThanItsBufferAndPairsCutBetweenCallsComeOutWhole(int piece) throws IOException {
        Random random = new Random(piece);
        List<String> alphabet = List.of("a", "<", "ệ", "Đ", "€", EMOJI, "\uD83D", "\uDE00", " ");
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append(alphabet.get(random.nextInt(alphabet.size())));
        }

        assertThat(written(text.toString(), piece)).isEqualTo(expected(text.toString()));
    }

    /** Written in pieces of {@code piece} characters, through each of the writer's methods in turn. */
    private static byte[] written(String text, int piece) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new UnsynchronizedUtf8Writer(bytes)) {
            int call = 0;
            for (int start = 0; start < text.length(); start += piece) {
                int end = Math.min(start + piece, text.length());
                switch (call++ % 3) {
                    case 0 -> out.write(text, start, end - start);
                    case 1 -> out.write(text.substring(start, end).toCharArray());
                    default -> text.substring(start, end).chars().forEach(c -> write(out, c));
                }
                if (call % 5 == 0) {
                    out.flush();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void write(Writer out, int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] expected(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(text);
        }
        return bytes.toByteArray();
    }
}
