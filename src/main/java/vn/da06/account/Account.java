package vn.da06.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A portal account as stored (never its password).
 *
 * @param unitCode     the unit a {@link Role#UNIT} account speaks for; null for the other roles
 * @param lockedUntil  no sign-in accepted before this time after too many failed ones (null: not locked)
 * @param lastLoginAt  last successful sign-in (null: never)
 */
public record Account(String login, Role role, String unitCode, boolean enabled, int failedLogins, Instant lockedUntil,
                      Instant createdAt, Instant lastLoginAt) implements Serializable {

    /** Whether failed sign-ins keep the account locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The account's state as users read it. */
    public String stateLabel(Instant now) {
        if (!enabled) {
            return "đã vô hiệu hóa";
        }
        return lockedAt(now) ? "tạm khóa (đăng nhập sai nhiều lần)" : "đang hoạt động";
    }
}
