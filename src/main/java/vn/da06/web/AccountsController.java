package vn.da06.web;

import java.time.Instant;
import java.util.Arrays;

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

import vn.da06.account.Account;
import vn.da06.account.Accounts;
import vn.da06.account.AuditLog;
import vn.da06.account.Role;
import vn.da06.base.UserException;

/** Administrators: the accounts (create, disable, enable) and the audit log. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AccountsController {

    private final Accounts accounts;
    private final AuditLog audit;

    AccountsController(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/accounts")
    String page(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("now", Instant.now());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("entries", audit.latest(100));
        return "accounts";
    }

    @PostMapping("/accounts")
    String add(@RequestParam(name = "login", required = false) String login,
               @RequestParam(name = "role", required = false) String role,
               @RequestParam(name = "unit", required = false) String unit,
               @RequestParam(name = "password", required = false) String password,
               @RequestParam(name = "password2", required = false) String again,
               Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Role chosen = Arrays.stream(Role.values()).filter(r -> r.code().equals(role)).findFirst()
                    .orElseThrow(() -> new UserException("hãy chọn vai trò."));
            if (password == null || !password.equals(again)) {
                throw new UserException("hai lần nhập mật khẩu không khớp.");
            }
            Account added = accounts.add(login, chosen, chosen == Role.UNIT ? unit : null, password);
            audit.record(Viewer.of(authentication).login(), AuditLog.Action.USER_ADDED, added.unitCode(),
                    "tài khoản " + added.login() + ", vai trò " + added.role().label(), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "Đã tạo tài khoản " + added.login() + " (" + added.role().label() + ").");
        } catch (UserException e) {
            redirect.addFlashAttribute("problem", "Lỗi: " + e.getMessage());
            redirect.addFlashAttribute("login", login);
            redirect.addFlashAttribute("role", role);
            redirect.addFlashAttribute("unit", unit);
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{login}/disable")
    String disable(@PathVariable String login, Authentication authentication, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.login().equals(login)) {
            redirect.addFlashAttribute("problem", "Lỗi: không tự vô hiệu hóa tài khoản mình đang dùng.");
            return "redirect:/accounts";
        }
        accounts.setEnabled(login, false);
        audit.record(viewer.login(), AuditLog.Action.USER_DISABLED, null, "tài khoản " + login, request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "Đã vô hiệu hóa tài khoản " + login + ".");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{login}/enable")
    String enable(@PathVariable String login, Authentication authentication, HttpServletRequest request,
                  RedirectAttributes redirect) {
        accounts.setEnabled(login, true);
        audit.record(Viewer.of(authentication).login(), AuditLog.Action.USER_ENABLED, null, "tài khoản " + login,
                request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "Đã kích hoạt lại tài khoản " + login + ".");
        return "redirect:/accounts";
    }
}
