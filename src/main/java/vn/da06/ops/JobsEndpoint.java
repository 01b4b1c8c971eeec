package vn.da06.ops;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

import vn.da06.batch.JobRuns;

/** {@code /actuator/jobs}: the latest import and report runs with their status and counts. */
@Component
@Endpoint(id = "jobs")
class JobsEndpoint {

    private final JobRuns runs;

    JobsEndpoint(JobRuns runs) {
        this.runs = runs;
    }

    @ReadOperation
    List<JobRuns.JobRun> latest() {
        return runs.latest(20);
    }
}
