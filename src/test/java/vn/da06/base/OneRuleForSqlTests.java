package vn.da06.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's "One rule for SQL": every query and statement lives in {@code sql/} and is loaded by name with
 * {@link SqlFiles}; Java holds no SQL text.
 */
class OneRuleForSqlTests {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path SQL = Path.of("sql");

    /**
     * The one exception: the embedded server creates the warehouse database before anything runs in it, and
     * {@code CREATE DATABASE} takes no parameter for the database's name.
     */
    private static final Path BOOTSTRAP = MAIN.resolve("vn/da06/database/EmbeddedPostgresServer.java");

    private static final Pattern SQL_TEXT = Pattern.compile(
            "^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|ANALYZE|CREATE|ALTER|DROP|TRUNCATE|COPY|VACUUM)\\s.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SQL_FILE_NAME = Pattern.compile("(query|report)/[a-z0-9/-]+\\.sql");

    @Test
    void noJavaStringLiteralHoldsSql() {
        Map<String, List<String>> found = new TreeMap<>();
        literals().forEach((file, literals) -> {
            if (!file.equals(BOOTSTRAP)) {
                literals.stream().filter(l -> SQL_TEXT.matcher(l).matches()).forEach(l ->
                        found.computeIfAbsent(MAIN.relativize(file).toString(), f -> new ArrayList<>()).add(l.strip()));
            }
        });
        assertThat(found).as("SQL text in Java: move it to a file under sql/ and load it with SqlFiles").isEmpty();
    }

    @Test
    void everyQueryFileNamedInJavaExistsAndEveryOneIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        literals().values().forEach(literals -> literals.stream().filter(l -> SQL_FILE_NAME.matcher(l).matches())
                .forEach(named::add));
        Set<String> queryFiles = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SQL.resolve("query"))) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> queryFiles.add(SQL.relativize(f).toString()));
        }
        assertThat(named).as("SQL files named in Java").allMatch(name -> Files.isRegularFile(SQL.resolve(name)));
        // Report queries are loaded by table name (ReportQueries); files under sql/query are each named in full.
        assertThat(queryFiles).as("files under sql/query that no Java code loads").isSubsetOf(named);
    }

    /** The string literals (text blocks included) of every Java file under src/main/java, by file. */
    private static Map<Path, List<String>> literals() {
        Map<Path, List<String>> literals = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> literals.put(f, literalsOf(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(literals).as("Java files under " + MAIN.toAbsolutePath()).isNotEmpty();
        return literals;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The literals of one source file, skipping comments and character literals (escapes kept as written). */
    static List<String> literalsOf(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
            } else if (source.charAt(i) == '\'') {
                i = closing(source, "'", i + 1);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, "\"\"\"", i + 3);
                literals.add(source.substring(i + 3, close - 3));
                i = close;
            } else if (source.charAt(i) == '"') {
                int close = closing(source, "\"", i + 1);
                literals.add(source.substring(i + 1, close - 1));
                i = close;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(String source, String marker, int from) {
        int at = source.indexOf(marker, from);
        return at < 0 ? source.length() : at + marker.length();
    }

    /** Just past the unescaped {@code quote} that closes a literal opened before {@code from}. */
    private static int closing(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + quote.length(), source.length());
    }

    @Test
    void theScannerFindsLiteralsButNotCommentsOrCharacters() {
        String source = """
                // SELECT in a comment
                char quote = '"'; String a = "SELECT 1 \\" FROM x"; /* "DELETE" */
                String b = \"""
                        WITH x AS (SELECT 1)
                        SELECT * FROM x\""";
                """;
        assertThat(literalsOf(source)).hasSize(2)
                .allMatch(l -> SQL_TEXT.matcher(l).matches());
    }
}
