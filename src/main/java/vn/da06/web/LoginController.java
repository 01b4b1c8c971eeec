package vn.da06.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.da06.account.Accounts;

/** The sign-in page; Spring Security checks the form it posts. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginController {

    private final Accounts accounts;

    LoginController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String expired, Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("problem", switch (error) {
                case "tam-khoa" -> "Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau "
                        + accounts.lockout().toMinutes() + " phút, hoặc nhờ quản trị viên mở khóa.";
                case "vo-hieu" -> "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.";
                default -> "Sai tên đăng nhập hoặc mật khẩu.";
            });
        } else if (logout != null) {
            model.addAttribute("notice", "Đã đăng xuất.");
        } else if (expired != null) {
            model.addAttribute("notice", "Phiên làm việc đã hết hạn; hãy đăng nhập lại.");
        }
        return "login";
    }
}
