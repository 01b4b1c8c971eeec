package vn.da06.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.da06.base.UserException;

/**
 * The plans shipped inside da06, copied out to a folder so they load like any other plan: the Tuy Phước 2024 plan
 * (a district's, as issued) and a sample 2025 plan of the province of Gia Lai after the 2025 merger.
 */
public final class BundledPlan {

    /** The district plan of 2024, da06's default. */
    public static final String CODE = "TUYPHUOC-2024";
    /** The sample province plan of July-December 2025. */
    public static final String GIA_LAI_2025 = "GIALAI-2025";
    private static final Map<String, String> FOLDERS = Map.of(CODE, "tuy-phuoc-2024", GIA_LAI_2025, "gia-lai-2025");

    private BundledPlan() {
    }

    /** Codes of the bundled plans, oldest first (a later plan may name units an earlier one links to). */
    public static List<String> codes() {
        return List.of(CODE, GIA_LAI_2025);
    }

    public static boolean isBundled(String code) {
        return FOLDERS.containsKey(code);
    }

    /**
     * The bundled plan in force before this one over the same ground, whose units the units of this one succeed
     * (the province plan of 2025 follows the district plan of 2024): a demo loads its same months a year earlier,
     * so that the later plan's reports have figures to compare across the merger.
     */
    public static Optional<String> predecessor(String code) {
        return GIA_LAI_2025.equals(code) ? Optional.of(CODE) : Optional.empty();
    }

    /** Copies the Tuy Phước 2024 plan files into a new temporary folder and returns it. */
    public static Path extract() {
        return extract(CODE);
    }

    /** Copies the files of the bundled plan with this code into a new temporary folder, for the caller to remove. */
    public static Path extract(String code) {
        String folder = FOLDERS.get(code);
        if (folder == null) {
            throw new UserException("da06 không có sẵn kế hoạch " + code + " (có sẵn: " + String.join(", ", codes()) + ").");
        }
        try {
            Path dir = Files.createTempDirectory("da06-plan-");
            for (String file : List.of(PlanReader.PLAN_FILE, PlanReader.UNITS_FILE, PlanReader.GROUPS_FILE,
                    PlanReader.TASKS_FILE, PlanReader.INDICATORS_FILE)) {
                try (InputStream in = BundledPlan.class.getResourceAsStream("/plan/" + folder + "/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled plan file missing: " + folder + "/" + file);
                    }
                    Files.copy(in, dir.resolve(file));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
