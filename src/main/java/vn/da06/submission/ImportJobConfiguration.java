package vn.da06.submission;

import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.PlatformTransactionManager;

import vn.da06.base.Da06Properties;
import vn.da06.batch.StepLogger;

/**
 * The nightly import as a Spring Batch job: step {@code workbookImport} reads the inbox in order of arrival, checks
 * the workbooks of each chunk on {@code threads} threads at once (Batch's concurrent chunk processing: only the
 * processor runs in parallel; reading, writing and the chunk's transaction stay on the step's thread, and the chunk
 * keeps the order it was read in), and records them, {@code chunkSize} workbooks per transaction; a committed
 * chunk's files move out of the inbox on one more thread while the next chunk is checked ({@link SubmissionWriter}).
 * Job parameters: {@code inbox} (folder) and {@code run}.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB_NAME = "importJob";
    static final String STEP_NAME = "workbookImport";

    @Bean
    Job importJob(JobRepository jobRepository, Step workbookImport) {
        return new JobBuilder(JOB_NAME, jobRepository).start(workbookImport).build();
    }

    @Bean
    Step workbookImport(JobRepository jobRepository, PlatformTransactionManager transactionManager, InboxReader inboxReader,
                        ImportItemProcessor importItemProcessor, SubmissionWriter submissionWriter,
                        ImportProgress progress, StepLogger stepLogger, ImportProperties properties) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<InboxFile, ImportOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .processor(importItemProcessor)
                .writer(submissionWriter)
                .taskExecutor(workbookCheckers(properties.threads()))
                .listener(progress)
                .listener(stepLogger)
                .build();
    }

    /**
     * The threads that check the workbooks of a chunk: {@code threads} of them, taking the chunk's workbooks from a
     * queue as soon as they finish one (a thread started per workbook waited for the step's thread to start it, and
     * left the cores a third idle). Idle threads end after a while; they never keep the process alive. Not a bean: an
     * executor bean would take the place of Boot's application executor. Each thread takes a database connection
     * while it looks for earlier copies of its file, beside the import lock's, the chunk's and, for a moment per
     * chunk, the moving thread's: with a pool smaller than {@code threads} + 3 a checking thread waits for one.
     */
    private static AsyncTaskExecutor workbookCheckers(int threads) {
        CustomizableThreadFactory named = new CustomizableThreadFactory("da06-import-");
        named.setDaemon(true);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named);
        executor.allowCoreThreadTimeOut(true);
        return new TaskExecutorAdapter(executor);
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox, ImportProgress progress, FileMover mover) {
        return new InboxReader(Path.of(inbox), progress, mover);
    }

    /**
     * What checking needs to know (plans, units, tasks, due dates), read once per run and shared by the checking
     * threads and the writer. Not proxied ({@code ReferenceData} is final): only the step-scoped beans below use it.
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    ReferenceData referenceData(WorkbookProcessor processor) {
        return processor.referenceData();
    }

    @Bean
    @StepScope
    ImportItemProcessor importItemProcessor(WorkbookProcessor processor, ReferenceData referenceData) {
        return new ImportItemProcessor(processor, referenceData);
    }

    @Bean
    @StepScope
    SubmissionWriter submissionWriter(SubmissionStore store, StoredFiles storedFiles, FileMover mover,
                                      Da06Properties properties, PlatformTransactionManager transactionManager,
                                      @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, CrashPoints crashPoints,
                                      ImportLockGuard lockGuard, ReferenceData referenceData, BulkSubmissions bulk,
                                      InboxReader inboxReader) {
        return new SubmissionWriter(store, storedFiles, mover, properties.zone(), transactionManager, jobExecutionId,
                crashPoints, lockGuard, referenceData, bulk, inboxReader::exhausted);
    }
}
