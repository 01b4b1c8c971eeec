package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;

/**
 * {@code da06 import} killed outright ({@code kill -9} of its JVM) at every kind of point of a run, several times
 * each (different files and chunks), then run again: each time the warehouse ends exactly as after a run that was
 * never interrupted, and every inbox file lies once in the archive or the rejected folder. The points are the
 * production hook {@code CrashPoints}; the killed run has chunks of three files (five chunks). The run again is
 * made in this JVM, with chunks of twenty: quicker than another child JVM, and the outcome must not depend on the
 * chunks either. (A killed run taken over by another child JVM: {@link ImportConcurrencyTests}.)
 */
@Da06SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCrashTests {

    static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    ApplicationContext context;
    @Autowired
    ImportLauncher launcher;

    private Night night;

    @BeforeAll
    void runOnceUninterrupted() throws IOException {
        plans.importBundled();
        night = Night.uninterrupted(jdbc, properties, markerKey.bytes(), child());
    }

    @ParameterizedTest(name = "kill -9 at {0}, then import again")
    @ValueSource(strings = {"parse#1", "parse#5", "parse#9", "load#2", "load#7", "load#11", "commit#1", "commit#4",
            "commit#5", "move#1", "move#7", "move#13", "moved#2", "moved#4", "moved#5"})
    void aKilledImportRunAgainEndsAsIfNeverInterrupted(String point) throws IOException {
        night.prepare();
        Path marker = properties.home().resolve("crash-" + point.replace('#', '-'));
        ChildDa06.Running crashing = child().env("DA06_CRASH_POINT", point).env("DA06_CRASH_MARKER", marker.toString())
                .start("import");
        Night.awaitMarker(crashing, marker);
        crashing.kill();
        long killedInstance = night.lastJobInstance();
        assertThat(night.lastJobStatus()).as("the killed run never finished").isEqualTo("STARTED");

        ImportSummary again = launcher.run(null, notice -> { });

        assertThat(again.status()).isEqualTo("COMPLETED");
        night.assertAsIfNeverInterrupted();
        assertThat(night.lastJobInstance()).as("the run again continued the killed job").isEqualTo(killedInstance);
        assertThat(night.lastJobStatus()).isEqualTo("COMPLETED");
    }

    /**
     * A power cut just after a run: its records are committed, but the renames out of the inbox never reached the
     * disk, so every file is back in the inbox and the error reports are gone. The next run finishes each file where
     * its record says and loads none twice. (The mover syncs the moves before marking them done; this is the state
     * it guards against, made by hand.)
     */
    @Test
    void filesCommittedButBackInTheInboxAfterAPowerCutAreFinishedNotLoadedTwice() throws IOException {
        night.prepare();
        assertThat(launcher.run(null, notice -> { }).status()).isEqualTo("COMPLETED");
        undoTheMovesAsAPowerCutWould();

        ImportSummary again = launcher.run(null, notice -> { });

        assertThat(again.status()).isEqualTo("COMPLETED");
        night.assertAsIfNeverInterrupted();
    }

    private void undoTheMovesAsAPowerCutWould() throws IOException {
        Path home = properties.home();
        for (var row : jdbc.sql("SELECT inbox_folder, file_name, stored_path FROM fact_submission").query().listOfRows()) {
            Path stored = home.resolve(row.get("stored_path").toString());
            Path inbox = properties.inbox().resolve(row.get("inbox_folder").toString()).resolve(row.get("file_name").toString());
            Files.createDirectories(inbox.getParent());
            Files.move(stored, inbox, LinkOption.NOFOLLOW_LINKS);
        }
        try (Stream<Path> reports = Files.walk(properties.rejected())) {
            for (Path report : reports.filter(p -> p.getFileName().toString().endsWith("_LOI.xlsx")).toList()) {
                Files.delete(report);
            }
        }
    }

    private ChildDa06 child() {
        return ChildDa06.like(context).setting("da06.import.chunk-size", "3");
    }
}
