package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;
import vn.da06.plan.PlanImporter;
import vn.da06.support.Da06SpringTest;
import vn.da06.support.EmptyWarehouse;
import vn.da06.workbook.MarkerKey;

/** An import stopped after half the files and restarted ends with the same warehouse as one that ran through. */
@Da06SpringTest
@Import(ImportRestartFunctionalTests.StopOnce.class)
@TestPropertySource(properties = "da06.import.chunk-size=2")
class ImportRestartFunctionalTests {

    private static final int FILES = 12;

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    StoppingProgress progress;

    @Test
    void aStoppedImportRestartsWhereItStoppedAndEndsAsAnUninterruptedOne() throws IOException {
        plans.importBundled();

        reset();
        writeInbox();
        progress.stopAfter.set(Integer.MAX_VALUE);
        launcher.run(null, n -> { });
        String uninterrupted = warehouse();

        reset();
        writeInbox();
        progress.stopAfter.set(FILES / 2);
        assertThatThrownBy(() -> launcher.run(null, n -> { })).isInstanceOf(UserException.class)
                .hasMessageContaining("không hoàn tất").hasMessageContaining("chạy lại");
        long stoppedExecution = lastExecutionId();
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = :id").param("id", stoppedExecution)
                .query(String.class).single()).isEqualTo(BatchStatus.STOPPED.name());
        assertThat(count("SELECT count(*) FROM fact_submission")).isBetween(FILES / 2L, FILES - 1L);
        assertThat(Files.list(properties.inbox().resolve("21952")).count()).isPositive();

        ImportSummary restarted = launcher.run(null, n -> { });

        assertThat(warehouse()).isEqualTo(uninterrupted);
        assertThat(jdbc.sql("SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = :id")
                .param("id", restarted.jobExecutionId()).query(Long.class).single())
                .as("the restart continues the stopped job instance").isEqualTo(jdbc.sql(
                        "SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = :id")
                        .param("id", stoppedExecution).query(Long.class).single());
        assertThat(count("SELECT count(*) FROM fact_submission")).isEqualTo(FILES);
        assertThat(count("SELECT count(DISTINCT file_name) FROM fact_submission")).isEqualTo(FILES);
        try (var left = Files.walk(properties.inbox())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private void writeInbox() throws IOException {
        for (int month = 1; month <= FILES; month++) {
            String ym = String.format("2024-%02d", month);
            TestWorkbook wb = TestWorkbook.of("21952", ym, markerKey.bytes())
                    .task("NV13", month < 6 ? "Đang triển khai" : "Hoàn thành", Math.min(100, month * 10),
                            month < 6 ? null : LocalDate.of(2024, 6, 3), null, null, null)
                    .indicator("CT02", 10 + month, 40, null);
            wb.write(properties.inbox().resolve("21952/21952_" + ym + ".xlsx"),
                    LocalDate.of(2024, month, 1).plusMonths(1).plusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
    }

    private void reset() throws IOException {
        EmptyWarehouse.reset(jdbc, properties);
    }

    /** The warehouse's content without surrogate keys and timestamps: what a report could show. */
    private String warehouse() {
        return jdbc.sql("""
                SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
                  SELECT s.file_name || ' ' || s.status || ' ' || s.month_key || ' ' || s.on_time || ' ' || s.stored_path AS x
                  FROM fact_submission s
                  UNION ALL SELECT s.file_name || ' ' || t.code || ' ' || f.status || ' ' || f.progress_pct || ' ' || f.source_cell
                  FROM fact_task_progress f JOIN fact_submission s USING (submission_key) JOIN dim_task t USING (task_key)
                  UNION ALL SELECT s.file_name || ' ' || i.code || ' ' || f.numerator || '/' || f.denominator
                  FROM fact_indicator_value f JOIN fact_submission s USING (submission_key) JOIN dim_indicator i USING (indicator_key)
                ) rows""").query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long lastExecutionId() {
        return count("SELECT max(job_execution_id) FROM batch_job_execution");
    }

    /** The import's progress listener, made to stop the step once after a given number of files. */
    static class StoppingProgress extends ImportProgress {
        final AtomicInteger stopAfter = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger written = new AtomicInteger();

        @Override
        void started(long files) {
            written.set(0);
            super.started(files);
        }

        @Override
        public void afterWrite(Chunk<? extends ImportOutcome> items) {
            super.afterWrite(items);
            if (written.addAndGet(items.size()) >= stopAfter.get()) {
                stopAfter.set(Integer.MAX_VALUE);
                StepSynchronizationManager.getContext().getStepExecution().setTerminateOnly();
            }
        }
    }

    @TestConfiguration
    static class StopOnce {
        @Bean
        @Primary
        StoppingProgress stoppingProgress() {
            return new StoppingProgress();
        }
    }
}
