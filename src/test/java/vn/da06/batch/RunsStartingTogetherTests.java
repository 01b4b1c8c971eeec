package vn.da06.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.support.Da06SpringTest;

/**
 * Runs that start in the same instant (two processes on one warehouse: a report from the command line while the
 * portal's server starts another, an import beside a report) are all recorded: none fails because another was being
 * recorded at the same time.
 */
@Da06SpringTest
class RunsStartingTogetherTests {

    private static final int RUNS = 6;

    @Autowired
    JobRepository jobRepository;

    @Test
    void runsRecordedAtTheSameInstantAreAllRecorded() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RUNS);
        try {
            for (int round = 0; round < 5; round++) {
                CyclicBarrier together = new CyclicBarrier(RUNS);
                List<Future<Long>> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    JobParameters parameters = new JobParametersBuilder().addString("period", "2024-" + round + "-" + i)
                            .toJobParameters();
                    runs.add(threads.submit(() -> {
                        together.await();
                        JobInstance instance = jobRepository.createJobInstance("reportJob", parameters);
                        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
                        jobRepository.createStepExecution("reportFill", execution);
                        return execution.getId(); // an id: see Da06SpringTest on methods returning an execution
                    }));
                }
                for (Future<Long> run : runs) {
                    assertThat(run.get()).isNotNull();
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
