package vn.da06.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.da06.account.Accounts;
import vn.da06.account.AuditLog;

/**
 * Sign-ins as the account records and the audit log see them: a success starts the failure count again, a wrong
 * password counts (the last one allowed locks the account for a while), and each is logged with its address. The
 * portal's form and Actuator's HTTP Basic count alike; only the form's sign-ins and sign-outs are logged as such.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInEvents {

    private final Accounts accounts;
    private final AuditLog audit;

    SignInEvents(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.signedIn(event.getAuthentication().getName());
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        audit.record(who.getName(), AuditLog.Action.LOGIN, null, null, address(who));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String login = attempt.getName();
        String why = event instanceof AuthenticationFailureLockedEvent ? "tài khoản đang tạm khóa"
                : event instanceof AuthenticationFailureDisabledEvent ? "tài khoản đã bị vô hiệu hóa"
                : event instanceof AuthenticationFailureBadCredentialsEvent ? "sai tên đăng nhập hoặc mật khẩu"
                : event.getException().getClass().getSimpleName();
        audit.record(login, AuditLog.Action.LOGIN_FAILED, null, why, address(attempt));
        if (event instanceof AuthenticationFailureBadCredentialsEvent && accounts.signInFailed(login)) {
            audit.record(login, AuditLog.Action.LOCKED_OUT, null, "khóa trong " + accounts.lockout().toMinutes() + " phút",
                    address(attempt));
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditLog.Action.LOGOUT, null, null, address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
