package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.support.ChildDa06;

/**
 * One night's import on the {@link CrashInbox}: setting it up afresh, what the warehouse holds after a run that was
 * never interrupted, and what must hold once any run is done. Made once per test JVM (the reliability test classes
 * share one application context, so one database and one da06 home).
 */
final class Night {

    private static Night shared;

    private final JdbcClient jdbc;
    private final Da06Properties properties;
    private final CrashInbox inbox;
    private String uninterrupted;

    private Night(JdbcClient jdbc, Da06Properties properties, CrashInbox inbox) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.inbox = inbox;
    }

    /** The night, with its uninterrupted run done by {@code da06 import} in a child JVM (chunks of three files). */
    static synchronized Night uninterrupted(JdbcClient jdbc, Da06Properties properties, byte[] markerKey,
                                            ChildDa06 child) throws IOException {
        if (shared == null || shared.jdbc != jdbc) {
            Night night = new Night(jdbc, properties, CrashInbox.write(Files.createTempDirectory("da06-night-"), markerKey));
            night.prepare();
            ChildDa06.Result run = child.run(Duration.ofMinutes(3), "import");
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            night.assertEveryFileStoredOnce();
            night.uninterrupted = Warehouse.content(jdbc);
            assertThat(night.uninterrupted).contains("| duplicate |").contains("| superseded |").contains("| rejected |")
                    .contains("2024-01_2.xlsx").contains("sai-tu-so_2.xlsx");
            shared = night;
        }
        return shared;
    }

    /** How many entries the night's inbox holds. */
    int entries() throws IOException {
        return inbox.entries().size();
    }

    /** The warehouse's content after the uninterrupted run ({@link Warehouse#content}). */
    String uninterruptedContent() {
        return uninterrupted;
    }

    /** The warehouse now equals the one the uninterrupted run left, and every file is stored once. */
    void assertAsIfNeverInterrupted() throws IOException {
        assertThat(Warehouse.content(jdbc)).isEqualTo(uninterrupted);
        assertEveryFileStoredOnce();
    }

    /** An empty warehouse (plan kept) and the night's inbox, with the planted files. */
    void prepare() throws IOException {
        Warehouse.reset(jdbc, properties);
        inbox.copyTo(properties.home());
    }

    /**
     * Every inbox file is recorded once and lies, unchanged, where its record says; the archive and the rejected
     * folder hold nothing else (but error reports and the planted files); the inbox is empty; no content was loaded
     * twice.
     */
    void assertEveryFileStoredOnce() throws IOException {
        Map<String, String> files = inbox.entries();
        for (var file : files.entrySet()) {
            Path relative = Path.of(file.getKey());
            String folder = relative.getParent() == null ? "" : relative.getParent().toString();
            List<String> stored = jdbc.sql("SELECT stored_path FROM fact_submission WHERE inbox_folder = :folder AND file_name = :name")
                    .param("folder", folder).param("name", relative.getFileName().toString()).query(String.class).list();
            assertThat(stored).as("records of " + file.getKey()).hasSize(1);
            Path where = properties.home().resolve(stored.get(0));
            assertThat(Files.exists(where, LinkOption.NOFOLLOW_LINKS)).as(file.getKey() + " stored").isTrue();
            if (!file.getValue().equals(CrashInbox.NO_CONTENT)) {
                assertThat(CrashInbox.sha256(where)).as(file.getKey() + " unchanged").isEqualTo(file.getValue());
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM fact_submission").query(Long.class).single()).isEqualTo(files.size());
        assertThat(jdbc.sql("""
                SELECT file_hash FROM fact_submission WHERE status IN ('accepted', 'superseded')
                GROUP BY file_hash HAVING count(*) > 1""").query(String.class).list()).as("content loaded twice").isEmpty();
        long stored = 0;
        for (Path folder : List.of(properties.archive(), properties.rejected())) {
            try (Stream<Path> all = Files.walk(folder)) {
                stored += all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || p.toString().endsWith(".xlsx"))
                        .filter(p -> !p.getFileName().toString().endsWith("_LOI.xlsx"))
                        .filter(p -> !CrashInbox.PLANTED.contains(properties.home().relativize(p).toString()))
                        .count();
            }
        }
        assertThat(stored).as("files in archive/ and rejected/").isEqualTo(files.size());
        try (Stream<Path> left = Files.walk(properties.inbox())) {
            assertThat(left.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))).as("left in the inbox").isEmpty();
        }
    }

    long lastJobInstance() {
        return jdbc.sql("SELECT job_instance_id FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")
                .query(Long.class).single();
    }

    String lastJobStatus() {
        return jdbc.sql("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1")
                .query(String.class).single();
    }

    /** Waits until the child reached its crash point (it wrote the marker) and fails if it ended without. */
    static void awaitMarker(ChildDa06.Running child, Path marker) {
        child.awaitWhileRunning("the import reaching " + marker.getFileName(), Duration.ofMinutes(2), () -> Files.exists(marker));
    }
}
