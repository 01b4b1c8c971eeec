package vn.da06.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Tuy Phước 2024 plan shipped inside da06, copied out to a folder so it loads like any other plan. */
public final class BundledPlan {

    public static final String CODE = "TUYPHUOC-2024";
    private static final String RESOURCE = "/plan/tuy-phuoc-2024/";

    private BundledPlan() {
    }

    /** Copies the bundled plan files into a new temporary folder and returns it. */
    public static Path extract() {
        try {
            Path dir = Files.createTempDirectory("da06-plan-");
            for (String file : List.of(PlanReader.PLAN_FILE, PlanReader.UNITS_FILE, PlanReader.GROUPS_FILE,
                    PlanReader.TASKS_FILE, PlanReader.INDICATORS_FILE)) {
                try (InputStream in = BundledPlan.class.getResourceAsStream(RESOURCE + file)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled plan file missing: " + file);
                    }
                    Files.copy(in, dir.resolve(file));
                }
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
