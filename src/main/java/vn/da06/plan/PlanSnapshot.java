package vn.da06.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan flattened to comparable text: entity → field → value. Comparing the snapshot of the files with the
 * snapshot of what the database holds gives the changes a load makes (none means the load is a no-op).
 */
public final class PlanSnapshot {

    /** One changed value; field "*" with a null side means the whole entity was added or removed. */
    public record Change(String entity, String code, String field, String oldValue, String newValue) {
    }

    private final Map<String, Map<String, String>> entities = new LinkedHashMap<>();

    void put(String entity, String code, Map<String, String> fields) {
        entities.put(entity + "\u0000" + code, fields);
    }

    Set<String> keys() {
        return entities.keySet();
    }

    boolean contains(String entity, String code) {
        return entities.containsKey(entity + "\u0000" + code);
    }

    static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value == null ? null : value.toString());
        }
        return fields;
    }

    /** What turns {@code before} into this snapshot; entities only in {@code before} count as removed. */
    List<Change> changesFrom(PlanSnapshot before) {
        List<Change> changes = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(before.entities.keySet());
        all.addAll(entities.keySet());
        for (String key : all) {
            String[] parts = key.split("\u0000", 2);
            Map<String, String> old = before.entities.get(key);
            Map<String, String> now = entities.get(key);
            if (old == null) {
                changes.add(new Change(parts[0], parts[1], "*", null, summary(now)));
            } else if (now == null) {
                changes.add(new Change(parts[0], parts[1], "*", summary(old), null));
            } else {
                for (String field : now.keySet()) {
                    if (!Objects.equals(old.get(field), now.get(field))) {
                        changes.add(new Change(parts[0], parts[1], field, old.get(field), now.get(field)));
                    }
                }
            }
        }
        return changes;
    }

    private static String summary(Map<String, String> fields) {
        return fields.values().stream().filter(Objects::nonNull).findFirst().orElse("");
    }
}
