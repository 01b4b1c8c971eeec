package vn.da06.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.da06.account.AuditLog;
import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.base.UserException;
import vn.da06.ops.MonthStatus;
import vn.da06.submission.SubmissionResults;
import vn.da06.submission.Uploads;
import vn.da06.template.TemplateGenerator;

/**
 * The upload page: a unit downloads its pre-filled template for a month and sends the filled workbook back; staff do
 * the same for any unit, which the record of the upload says. The workbook goes into the unit's inbox folder and
 * through the import job at once; the page then shows what the import made of it.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadController {

    static final String TOO_LARGE = "Tệp quá lớn: mẫu báo cáo tháng không quá 10 MB. Hãy gửi đúng tệp mẫu đã điền.";
    /** How long the upload waits for its import before showing a page that follows it. */
    private static final long WAIT_SECONDS = 30;

    private final MonthStatus status;
    private final TemplateGenerator templates;
    private final Uploads uploads;
    private final SubmissionResults results;
    private final ImportRequests imports;
    private final AuditLog audit;
    private final Da06Properties folders;
    private final ZoneId zone;

    UploadController(MonthStatus status, TemplateGenerator templates, Uploads uploads, SubmissionResults results,
                     ImportRequests imports, AuditLog audit, Da06Properties folders) {
        this.status = status;
        this.templates = templates;
        this.uploads = uploads;
        this.results = results;
        this.imports = imports;
        this.audit = audit;
        this.folders = folders;
        this.zone = folders.zone();
    }

    @GetMapping("/upload")
    String page(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        List<MonthStatus.PlanMonth> months = status.planMonths();
        model.addAttribute("months", months);
        if (!months.isEmpty()) {
            MonthStatus.PlanMonth chosen = defaultMonth(months);
            model.addAttribute("month", chosen.month());
            List<MonthStatus.UnitState> units = status.units(chosen.planCode(), chosen.month());
            if (viewer.isStaff()) {
                model.addAttribute("units", units);
            } else {
                units.stream().filter(u -> u.code().equals(viewer.unitCode())).findFirst()
                        .ifPresent(u -> model.addAttribute("unitName", u.name()));
            }
        }
        model.addAttribute("submissions", results.recent(viewer.isUnit() ? viewer.unitCode() : null, 20));
        return "upload";
    }

    /** Last month, the one units report at the start of this one, when a plan covers it; else the latest plan month. */
    private MonthStatus.PlanMonth defaultMonth(List<MonthStatus.PlanMonth> months) {
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        return months.stream().filter(m -> !m.month().isAfter(last)).findFirst().orElse(months.get(months.size() - 1));
    }

    @GetMapping("/upload/template")
    ResponseEntity<byte[]> template(@RequestParam(name = "thang") String month,
                                    @RequestParam(name = "donvi", required = false) String unit,
                                    Authentication authentication, HttpServletRequest request) {
        Viewer viewer = Viewer.of(authentication);
        String unitCode = unitFor(viewer, unit);
        YearMonth ym = MonthController.parse(month).orElseThrow(() -> new UserException("hãy chọn tháng báo cáo."));
        MonthStatus.PlanMonth planMonth = status.planMonths().stream().filter(m -> m.month().equals(ym)).findFirst()
                .orElseThrow(() -> new UserException("tháng " + MonthRange.LABEL.format(ym) + " không thuộc kế hoạch nào đã nạp."));
        Path folder = null;
        try {
            folder = Files.createDirectories(folders.home().resolve("work"))
                    .resolve("mau-" + java.util.UUID.randomUUID());
            TemplateGenerator.Generated made = templates.generate(planMonth.planCode(), ym, List.of(unitCode), folder).get(0);
            byte[] content = Files.readAllBytes(made.path());
            audit.record(viewer.login(), AuditLog.Action.TEMPLATE_DOWNLOADED, unitCode, "tháng " + MonthRange.LABEL.format(ym),
                    request.getRemoteAddr());
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(made.path().getFileName().toString()).build().toString())
                    .body(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder.toFile());
            }
        }
    }

    @PostMapping("/upload")
    String upload(@RequestParam(name = "tep", required = false) MultipartFile file,
                  @RequestParam(name = "donvi", required = false) String unit, Authentication authentication,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        String unitCode = unitFor(viewer, unit);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "Hãy chọn tệp báo cáo (.xlsx) đã điền rồi bấm Gửi.");
            return "redirect:/upload";
        }
        Uploads.Upload upload;
        try {
            upload = uploads.receive(unitCode, file.getOriginalFilename(), file.getInputStream(), viewer.login(), viewer.isStaff());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(viewer.login(), viewer.isStaff() ? AuditLog.Action.UPLOAD_ON_BEHALF : AuditLog.Action.UPLOAD, unitCode,
                upload.originalName() + " → " + upload.inboxName(), request.getRemoteAddr());
        await(imports.request());
        return "redirect:/upload/" + upload.id();
    }

    /** Waits a while for the import; a longer one (a full inbox) is followed by the page it redirects to. */
    private static void await(CompletableFuture<Void> run) {
        try {
            run.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the upload's page says whether the import has recorded the file yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @GetMapping("/upload/{id}")
    String uploaded(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        Uploads.Upload upload = uploads.find(id).filter(u -> viewer.maySee(u.unitCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (upload.submissionKey() != null) {
            return "redirect:/submissions/" + upload.submissionKey();
        }
        model.addAttribute("upload", upload);
        model.addAttribute("importing", imports.busy());
        return "upload-waiting";
    }

    /** The unit an action is for: a unit account's own, whatever was asked; for staff, the one chosen. */
    private static String unitFor(Viewer viewer, String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.trim();
        if (viewer.isUnit()) {
            if (asked != null && !asked.equals(viewer.unitCode())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return viewer.unitCode();
        }
        if (asked == null) {
            throw new UserException("hãy chọn đơn vị.");
        }
        return asked;
    }
}
