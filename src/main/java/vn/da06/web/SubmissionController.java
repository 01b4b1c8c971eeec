package vn.da06.web;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.da06.submission.SubmissionResults;

/**
 * What the import made of one workbook: loaded with the figures read, rejected with every error and its error
 * workbook, held for approval, or a duplicate. A unit sees only what came from its own inbox folder; anything else is
 * "not found", as if it did not exist.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SubmissionController {

    private final SubmissionResults results;

    SubmissionController(SubmissionResults results) {
        this.results = results;
    }

    @GetMapping("/submissions/{key}")
    String submission(@PathVariable long key, Authentication authentication, Model model) {
        SubmissionResults.Submission submission = visible(key, Viewer.of(authentication));
        model.addAttribute("submission", submission);
        switch (submission.status()) {
            case "accepted", "superseded", "duplicate" -> {
                model.addAttribute("tasks", results.tasks(submission));
                model.addAttribute("indicators", results.indicators(submission));
            }
            case "rejected" -> {
                model.addAttribute("errors", results.errors(submission));
                model.addAttribute("errorReport", results.errorReport(submission).isPresent());
            }
            default -> {
                // held or released: nothing loaded from it (yet)
            }
        }
        return "submission";
    }

    @GetMapping("/submissions/{key}/loi.xlsx")
    ResponseEntity<FileSystemResource> errorReport(@PathVariable long key, Authentication authentication) {
        SubmissionResults.Submission submission = visible(key, Viewer.of(authentication));
        Path report = results.errorReport(submission).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(report));
    }

    private SubmissionResults.Submission visible(long key, Viewer viewer) {
        return results.find(key).filter(s -> viewer.maySee(s.inboxFolder()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
