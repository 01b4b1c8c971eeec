package vn.da06.account;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/** Portal accounts: created from the command line or by an administrator, checked at every sign-in. */
@Service
public class Accounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** BCrypt reads at most 72 bytes of a password; more would be silently ignored. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccountProperties properties;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AccountProperties properties) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
    }

    /** Creates an account; the password is kept only as its BCrypt hash. */
    public Account add(String login, Role role, String unitCode, String password) {
        String name = check(login, role, unitCode);
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        checkPassword(password);
        try {
            jdbc.sql(SqlFiles.load("query/account/insert.sql")).param("login", name)
                    .param("hash", passwords.encode(password)).param("role", role.code()).param("unit", unit).update();
        } catch (DuplicateKeyException e) {
            throw new UserException("đã có tài khoản " + name + "; chọn tên đăng nhập khác.", e);
        }
        return find(name).orElseThrow();
    }

    /**
     * Checks what an account would be, before anyone is asked for its password; returns the login as stored.
     * A mistake is a {@link UserException}.
     */
    public String check(String login, Role role, String unitCode) {
        String name = normalise(login);
        if (!LOGIN.matcher(name).matches()) {
            throw new UserException("tên đăng nhập \"" + login + "\" không hợp lệ: dùng 3 đến 64 chữ cái không dấu, số, "
                    + "dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số (ví dụ: nguyenvana, xa.phuocson).");
        }
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        if (role == Role.UNIT && unit == null) {
            throw new UserException("tài khoản đơn vị cần mã đơn vị: thêm --unit <mã đơn vị>, ví dụ --unit 21952.");
        }
        if (role != Role.UNIT && unit != null) {
            throw new UserException("chỉ tài khoản vai trò unit mới gắn với một đơn vị; bỏ --unit, hoặc dùng --role unit.");
        }
        if (unit != null && !jdbc.sql(SqlFiles.load("query/account/unit-exists.sql")).param("code", unit)
                .query(Boolean.class).single()) {
            throw new UserException("không có đơn vị mã " + unit + " trong kho dữ liệu; xem mã các đơn vị bằng: da06 plan show "
                    + "(hoặc nạp kế hoạch trước: da06 plan import).");
        }
        if (find(name).isPresent()) {
            throw new UserException("đã có tài khoản " + name + "; chọn tên đăng nhập khác.");
        }
        return name;
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new UserException("mật khẩu quá ngắn: cần ít nhất " + properties.minPasswordLength() + " ký tự.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw new UserException("mật khẩu quá dài: tối đa " + BCRYPT_MAX_BYTES + " byte (khoảng 70 chữ không dấu).");
        }
        if (password.isBlank() || !password.strip().equals(password)) {
            throw new UserException("mật khẩu không được bắt đầu hay kết thúc bằng dấu cách.");
        }
    }

    public List<Account> list() {
        return jdbc.sql(SqlFiles.load("query/account/list.sql")).query(Accounts::account).list();
    }

    public Optional<Account> find(String login) {
        return jdbc.sql(SqlFiles.load("query/account/sign-in.sql")).param("login", normalise(login))
                .query(Accounts::account).optional();
    }

    /** The account and its password hash, for signing in. */
    Optional<StoredAccount> forSignIn(String login) {
        return jdbc.sql(SqlFiles.load("query/account/sign-in.sql")).param("login", normalise(login))
                .query((rs, n) -> new StoredAccount(account(rs, n), rs.getString("password_hash"))).optional();
    }

    record StoredAccount(Account account, String passwordHash) {
    }

    /** Disables an account (it can no longer sign in) or enables it again, which also lifts a lock-out. */
    public void setEnabled(String login, boolean enabled) {
        int changed = jdbc.sql(SqlFiles.load("query/account/set-enabled.sql")).param("login", normalise(login))
                .param("enabled", enabled).update();
        if (changed == 0) {
            throw new UserException("không có tài khoản " + login + "; xem các tài khoản bằng: da06 user list");
        }
    }

    /** Whether someone can administer the portal ({@code serve} does not start without). */
    public boolean hasActiveAdmin() {
        return jdbc.sql(SqlFiles.load("query/account/active-admin.sql")).query(Boolean.class).single();
    }

    public void signedIn(String login) {
        jdbc.sql(SqlFiles.load("query/account/signed-in.sql")).param("login", normalise(login)).update();
    }

    /** Counts a failed sign-in; returns whether it locked the account (for {@link AccountProperties#lockout()}). */
    public boolean signInFailed(String login) {
        return jdbc.sql(SqlFiles.load("query/account/sign-in-failed.sql")).param("login", normalise(login))
                .param("max", properties.maxFailedLogins()).param("seconds", properties.lockout().toSeconds())
                .query(Boolean.class).optional().orElse(false);
    }

    /** How long a lock-out lasts, for the message users read. */
    public java.time.Duration lockout() {
        return properties.lockout();
    }

    static String normalise(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString("login"), Role.of(rs.getString("role")), rs.getString("unit_code"),
                rs.getBoolean("enabled"), rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_login_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
