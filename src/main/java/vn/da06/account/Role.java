package vn.da06.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What an account may do in the portal. Each role includes the ones after it except {@link #UNIT}. */
public enum Role {

    /** Everything, and the accounts. */
    ADMIN("quản trị"),
    /** District staff: the month view, reports, locking months, approvals, uploads for any unit. */
    STAFF("cán bộ"),
    /** Leaders: read the reports and the month view. */
    LEADER("lãnh đạo"),
    /** One unit: its own templates, uploads and results. */
    UNIT("đơn vị");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The code stored and typed: admin, staff, leader, unit. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role as users read it. */
    public String label() {
        return label;
    }

    static Role of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** {@code --role}, refusing anything else with the list of roles. */
    static final class Converter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(value.trim())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("vai trò \"" + value + "\" không có; chọn một trong: "
                            + Arrays.stream(values()).map(r -> r.code() + " (" + r.label + ")").collect(Collectors.joining(", "))
                            + "."));
        }
    }
}
