package vn.da06.submission;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.da06.base.Da06Properties;
import vn.da06.batch.StepLogger;

/**
 * The nightly import as a Spring Batch job: step {@code workbookImport} reads the inbox, checks each workbook and
 * records it, {@code chunkSize} workbooks per transaction. Job parameters: {@code inbox} (folder) and {@code run}.
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
                .listener(progress)
                .listener(stepLogger)
                .build();
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox, ImportProgress progress, FileMover mover,
                            ProcessingAhead processingAhead) {
        return new InboxReader(Path.of(inbox), progress, mover, processingAhead);
    }

    /** Reads and checks workbooks on {@code threads} threads, up to two chunks ahead of the writer. */
    @Bean
    @StepScope
    ProcessingAhead processingAhead(WorkbookProcessor processor, ImportProperties properties) {
        return new ProcessingAhead(processor, properties.threads(), 2 * properties.chunkSize());
    }

    @Bean
    @StepScope
    ImportItemProcessor importItemProcessor(ProcessingAhead processingAhead) {
        return new ImportItemProcessor(processingAhead);
    }

    @Bean
    @StepScope
    SubmissionWriter submissionWriter(SubmissionStore store, StoredFiles storedFiles, FileMover mover,
                                      Da06Properties properties, PlatformTransactionManager transactionManager,
                                      @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, CrashPoints crashPoints,
                                      ImportLockGuard lockGuard, ProcessingAhead processingAhead) {
        return new SubmissionWriter(store, storedFiles, mover, properties.zone(), transactionManager, jobExecutionId,
                crashPoints, lockGuard, processingAhead);
    }
}
