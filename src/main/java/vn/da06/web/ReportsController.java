package vn.da06.web;

import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.da06.account.AuditLog;
import vn.da06.base.UserException;
import vn.da06.report.GeneratedReports;

/** The reports page: every report made into the reports folder, the runs under way, and (staff) a report to make. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReportsController {

    private final GeneratedReports reports;
    private final ReportRequests requests;
    private final AuditLog audit;

    ReportsController(GeneratedReports reports, ReportRequests requests, AuditLog audit) {
        this.reports = reports;
        this.requests = requests;
        this.audit = audit;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        List<GeneratedReports.Run> runs = reports.recentRuns(8);
        model.addAttribute("reports", reports.inReportsFolder());
        model.addAttribute("runs", runs);
        model.addAttribute("working", requests.pending() > 0 || runs.stream().anyMatch(GeneratedReports.Run::running));
        model.addAttribute("kinds", GeneratedReports.kinds());
        return "reports";
    }

    @PostMapping("/reports")
    String start(@RequestParam(name = "loai", required = false) String kind,
                 @RequestParam(name = "ky", required = false) String period, Authentication authentication,
                 HttpServletRequest request, RedirectAttributes redirect) {
        GeneratedReports.Request report;
        try {
            report = reports.request(kind, period);
        } catch (UserException e) {
            redirect.addFlashAttribute("problem", "Lỗi: " + e.getMessage());
            redirect.addFlashAttribute("loai", kind);
            redirect.addFlashAttribute("ky", period);
            return "redirect:/reports";
        }
        requests.start(report);
        Viewer viewer = Viewer.of(authentication);
        audit.record(viewer.login(), AuditLog.Action.REPORT_STARTED, null, report.title() + " (kế hoạch " + report.planCode() + ")",
                request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "Đang lập " + report.title() + " (PDF, DOCX, XLSX); trang này tự cập nhật "
                + "tiến độ, các tệp hiện ra trong danh sách khi xong.");
        return "redirect:/reports";
    }

    @GetMapping("/reports/files/{name}")
    ResponseEntity<FileSystemResource> file(@PathVariable String name) {
        Path file = reports.file(name).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        boolean pdf = name.endsWith(".pdf");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(name.endsWith(".docx")
                        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
