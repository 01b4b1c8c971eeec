package vn.da06.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection ({@code da06.accounts.*}; defaults in {@code application.yml}).
 *
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockout         how long such an account stays locked
 * @param minPasswordLength shortest password accepted
 */
@ConfigurationProperties("da06.accounts")
public record AccountProperties(int maxFailedLogins, Duration lockout, int minPasswordLength) {
}
