package vn.da06.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/** Loads a plan folder into the warehouse: read and check everything first, then write in one transaction. */
@Service
public class PlanImporter {

    private final PlanStore store;

    PlanImporter(PlanStore store) {
        this.store = store;
    }

    /** Loads the plan in {@code dir}; throws {@link PlanFileException} (nothing written) when the files have mistakes. */
    public PlanStore.LoadResult importFrom(Path dir) {
        return store.load(PlanReader.read(dir));
    }

    /** Loads the Tuy Phước 2024 plan shipped with da06. */
    public PlanStore.LoadResult importBundled() {
        return importBundled(BundledPlan.CODE);
    }

    /** Loads the plan shipped with da06 under this code (see {@link BundledPlan}). */
    public PlanStore.LoadResult importBundled(String code) {
        Path dir = BundledPlan.extract(code);
        try {
            return importFrom(dir);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Map<String, Integer> counts(String planCode) {
        return store.counts(planCode);
    }
}
