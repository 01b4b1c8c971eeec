package vn.da06.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Queries kept as files under {@code sql/} in the repository (classpath {@code sql/}), read once. */
public final class SqlFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlFiles() {
    }

    /** The text of {@code sql/<path>}, e.g. {@code load("query/plan-tasks.sql")}. */
    public static String load(String path) {
        return CACHE.computeIfAbsent(path, SqlFiles::read);
    }

    private static String read(String path) {
        try (InputStream in = SqlFiles.class.getResourceAsStream("/sql/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL file sql/" + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
