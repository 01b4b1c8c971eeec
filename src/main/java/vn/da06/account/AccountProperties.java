package vn.da06.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code da06.accounts.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockout         how long such an account stays locked
 * @param minPasswordLength shortest password accepted
 */
@ConfigurationProperties("da06.accounts")
public record AccountProperties(Integer maxFailedLogins, Duration lockout, Integer minPasswordLength) {

    public AccountProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        minPasswordLength = minPasswordLength == null ? 10 : minPasswordLength;
    }
}
