package vn.da06.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.da06.account.AuditLog;
import vn.da06.base.MonthRange;
import vn.da06.base.UserException;
import vn.da06.batch.JobRuns;
import vn.da06.ops.MonthStatus;
import vn.da06.report.ReportLauncher;
import vn.da06.submission.HeldSubmissions;
import vn.da06.submission.MonthLocks;

/**
 * The month page: every unit's state for a month, the overdue tasks, the recent runs ({@code da06 status}'s queries),
 * and for staff the month's lock and the workbooks held by it.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MonthController {

    /** A recent import or report run as the page lists it. */
    public record RunLine(long id, String what, String started, String ended, String status, boolean failed, String detail) {
    }

    private final MonthStatus status;
    private final MonthLocks locks;
    private final HeldSubmissions held;
    private final JobRuns runs;
    private final AuditLog audit;
    private final ImportRequests imports;
    private final Formats fmt;

    MonthController(MonthStatus status, MonthLocks locks, HeldSubmissions held, JobRuns runs, AuditLog audit,
                    ImportRequests imports, Formats fmt) {
        this.status = status;
        this.locks = locks;
        this.held = held;
        this.runs = runs;
        this.audit = audit;
        this.imports = imports;
        this.fmt = fmt;
    }

    @GetMapping("/")
    String month(@RequestParam(name = "thang", required = false) String requested, Authentication authentication,
                 Model model) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.isUnit()) {
            return "redirect:/upload";
        }
        List<MonthStatus.PlanMonth> months = status.planMonths();
        model.addAttribute("months", months);
        model.addAttribute("pageTitle", "Tình hình tháng");
        if (months.isEmpty()) {
            return "month";
        }
        YearMonth month = parse(requested).orElseGet(() -> status.latestReportedMonth()
                .filter(m -> months.stream().anyMatch(pm -> pm.month().equals(m))).orElse(months.get(0).month()));
        MonthStatus.PlanMonth shown = months.stream().filter(pm -> pm.month().equals(month)).findFirst()
                .orElseThrow(() -> new UserException("tháng " + MonthRange.LABEL.format(month)
                        + " không thuộc kế hoạch nào đã nạp."));
        List<MonthStatus.UnitState> units = status.units(shown.planCode(), month);
        Map<MonthStatus.State, Long> counts = new EnumMap<>(MonthStatus.State.class);
        for (MonthStatus.State state : MonthStatus.State.values()) {
            counts.put(state, units.stream().filter(u -> u.state() == state).count());
        }
        model.addAttribute("month", month);
        model.addAttribute("pageTitle", "Tháng " + fmt.month(month));
        model.addAttribute("planCode", shown.planCode());
        model.addAttribute("units", units);
        model.addAttribute("counts", counts);
        model.addAttribute("states", MonthStatus.State.values());
        model.addAttribute("dueDate", units.isEmpty() ? null : units.get(0).dueDate());
        model.addAttribute("overdue", status.overdue(shown.planCode(), month));
        model.addAttribute("lock", locks.of(month).orElse(null));
        model.addAttribute("held", held.waiting(month));
        model.addAttribute("runs", runs.latest(8).stream().map(this::line).toList());
        return "month";
    }

    private RunLine line(JobRuns.JobRun run) {
        boolean isImport = run.job().equals("importJob");
        String detail = isImport
                ? run.filesText()
                : run.reportKind() == null ? "" : ReportLauncher.describe(run.reportKind(), run.reportPeriod())
                        + " (" + run.reportFormats().toUpperCase(java.util.Locale.ROOT).replace(",", ", ") + ")";
        return new RunLine(run.id(), isImport ? "Nhập báo cáo" : "Lập báo cáo", fmt.time(run.started()),
                run.ended() == null ? "…" : fmt.time(run.ended()), run.statusText(), "FAILED".equals(run.status()), detail);
    }

    @PostMapping("/months/{month}/lock")
    String lock(@PathVariable String month, Authentication authentication, HttpServletRequest request,
                RedirectAttributes redirect) {
        YearMonth locked = parse(month).orElseThrow(() -> new UserException("tháng \"" + month + "\" không hợp lệ."));
        Viewer viewer = Viewer.of(authentication);
        if (locks.lock(locked, viewer.login())) {
            audit.record(viewer.login(), AuditLog.Action.MONTH_LOCKED, null, "tháng " + fmt.month(locked), request.getRemoteAddr());
        }
        redirect.addFlashAttribute("notice", "Đã chốt số liệu tháng " + fmt.month(locked) + ": từ nay tệp gửi cho tháng này "
                + "phải chờ duyệt mới được nạp.");
        return "redirect:/?thang=" + locked;
    }

    @PostMapping("/months/{month}/unlock")
    String unlock(@PathVariable String month, Authentication authentication, HttpServletRequest request,
                  RedirectAttributes redirect) {
        YearMonth unlocked = parse(month).orElseThrow(() -> new UserException("tháng \"" + month + "\" không hợp lệ."));
        Viewer viewer = Viewer.of(authentication);
        if (locks.unlock(unlocked)) {
            audit.record(viewer.login(), AuditLog.Action.MONTH_UNLOCKED, null, "tháng " + fmt.month(unlocked), request.getRemoteAddr());
        }
        redirect.addFlashAttribute("notice", "Đã mở chốt số liệu tháng " + fmt.month(unlocked) + ": tệp gửi cho tháng này "
                + "lại được nạp như thường (các tệp đang chờ duyệt vẫn chờ).");
        return "redirect:/?thang=" + unlocked;
    }

    @PostMapping("/held/{key}/approve")
    String approve(@PathVariable long key, Authentication authentication, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        HeldSubmissions.Held decided = held.approve(key, viewer.login());
        audit.record(viewer.login(), AuditLog.Action.HELD_APPROVED, decided.unitCode(),
                decided.fileName() + ", tháng " + fmt.month(decided.month()), request.getRemoteAddr());
        imports.request();
        redirect.addFlashAttribute("notice", "Đã duyệt tệp " + decided.fileName() + " của " + decided.unitName()
                + ": tệp đang được nhập theo đúng các quy tắc của lần nhập hằng đêm.");
        return "redirect:/?thang=" + decided.month();
    }

    @PostMapping("/held/{key}/refuse")
    String refuse(@PathVariable long key, Authentication authentication, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        HeldSubmissions.Held decided = held.refuse(key, viewer.login());
        audit.record(viewer.login(), AuditLog.Action.HELD_REFUSED, decided.unitCode(),
                decided.fileName() + ", tháng " + fmt.month(decided.month()), request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "Đã từ chối tệp " + decided.fileName() + " của " + decided.unitName()
                + "; đơn vị thấy lý do trong kết quả gửi báo cáo.");
        return "redirect:/?thang=" + decided.month();
    }

    static java.util.Optional<YearMonth> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new UserException("tháng \"" + text + "\" không hợp lệ: hãy chọn một tháng trong danh sách.");
        }
    }
}
