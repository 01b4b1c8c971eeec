package vn.da06.bench;

import java.io.IOException;
import java.nio.file.Path;

/** {@link LeanXlsx} for the micro-benchmark, which lives in the import's package. */
public final class LeanXlsxAccess {

    private LeanXlsxAccess() {
    }

    public static long read(Path file) throws IOException {
        return LeanXlsx.read(file).chars();
    }
}
