package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.Da06Properties;
import vn.da06.plan.PlanImporter;
import vn.da06.support.ChildDa06;
import vn.da06.support.Da06SpringTest;
import vn.da06.workbook.MarkerKey;

/**
 * The hostile corpus imported by {@code da06 import} in a process with a 256 MB heap: every file ends in rejected/
 * with the rule it breaks and a Vietnamese reason, nothing is read outside the inbox, and the run completes.
 */
@Da06SpringTest
class HostileCorpusTests {

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

    /** Per class of hostile input: how many files, and how each ended (for the test's output). */
    private String outcomes(List<HostileCorpus.Specimen> corpus) {
        Map<String, List<String>> byKind = new TreeMap<>();
        for (HostileCorpus.Specimen specimen : corpus) {
            String outcome = jdbc.sql("""
                    SELECT s.status || coalesce(' ' || (SELECT string_agg(DISTINCT rule, '+') FROM submission_error e
                                                        WHERE e.submission_key = s.submission_key), '')
                    FROM fact_submission s WHERE s.file_name = :name""").param("name", specimen.fileName())
                    .query(String.class).optional().orElse("not recorded");
            byKind.computeIfAbsent(specimen.kind(), k -> new java.util.ArrayList<>()).add(outcome);
        }
        StringBuilder text = new StringBuilder("Outcome by class of hostile input:\n");
        byKind.forEach((kind, outcomes) -> text.append(String.format("  %-34s %3d files: %s%n", kind, outcomes.size(),
                new TreeMap<>(outcomes.stream().collect(java.util.stream.Collectors.groupingBy(o -> o,
                        java.util.stream.Collectors.counting()))))));
        return text.toString();
    }

    @Test
    void everyHostileFileIsRejectedWithItsRuleByAnImportWithA256MegabyteHeap() throws IOException {
        plans.importBundled();
        Warehouse.reset(jdbc, properties);
        Path secret = Files.writeString(properties.home().resolve("bi-mat.txt"), "BI-MAT-KHONG-DUOC-DOC");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<HostileCorpus.Specimen> corpus = HostileCorpus.write(properties.inbox(), markerKey.bytes(), secret,
                    listener.getLocalPort());

            long started = System.nanoTime();
            ChildDa06.Result run = ChildDa06.like(context).jvmOption("-Xmx256m").jvmOption("-XX:+ExitOnOutOfMemoryError")
                    .run(Duration.ofMinutes(5), "import");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            System.out.println("Hostile corpus: " + corpus.size() + " files imported in " + took.toMillis() + " ms\n" + run.out() + run.err());
            System.out.println(outcomes(corpus));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            Map<String, String> problems = new TreeMap<>();
            for (HostileCorpus.Specimen specimen : corpus) {
                String problem = Warehouse.checkOutcome(jdbc, properties, specimen);
                if (problem != null) {
                    problems.put(specimen.fileName(), problem);
                }
            }
            assertThat(problems).isEmpty();
            listener.setSoTimeout(100);
            try {
                listener.accept().close();
                throw new AssertionError("an external entity was fetched from the test's listener");
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM submission_error WHERE value LIKE '%BI-MAT%' OR message LIKE '%BI-MAT%'")
                .query(Long.class).single()).isZero();
        try (var left = Files.walk(properties.inbox())) {
            assertThat(left.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))).isEmpty();
        }
    }
}
