package vn.da06.account;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signing in reads the account from the warehouse each time: a disabled or locked account is refused at once. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return accounts.forSignIn(login)
                .map(stored -> new AccountDetails(stored.account(), stored.passwordHash(), Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException("no account " + login));
    }
}
