package vn.da06.account;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account as Spring Security holds it: its role as the authority {@code ROLE_<ROLE>}, and its unit. */
public final class AccountDetails extends User {

    private final Account account;

    AccountDetails(Account account, String passwordHash, Instant now) {
        super(account.login(), passwordHash, account.enabled(), true, true, !account.lockedAt(now),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
