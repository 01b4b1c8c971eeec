package vn.da06.web;

import vn.da06.account.Accounts;
import vn.da06.account.Role;
import vn.da06.plan.PlanImporter;

/**
 * The people of the portal tests, one account per role and a second unit, created once per application; and the
 * plan their pages are about.
 */
final class PortalAccounts {

    static final String PASSWORD = "mat-khau-thu-nghiem";
    static final String ADMIN = "quantri";
    static final String STAFF = "canbo";
    static final String LEADER = "lanhdao";
    /** Thị trấn Tuy Phước. */
    static final String UNIT = "xa.21952";
    static final String UNIT_CODE = "21952";
    /** Thị trấn Diêu Trì: the other unit, whose data the first must never see. */
    static final String OTHER_UNIT = "xa.21955";
    static final String OTHER_UNIT_CODE = "21955";

    private PortalAccounts() {
    }

    static void ensure(Accounts accounts, PlanImporter plans) {
        plans.importBundled();
        add(accounts, ADMIN, Role.ADMIN, null);
        add(accounts, STAFF, Role.STAFF, null);
        add(accounts, LEADER, Role.LEADER, null);
        add(accounts, UNIT, Role.UNIT, UNIT_CODE);
        add(accounts, OTHER_UNIT, Role.UNIT, OTHER_UNIT_CODE);
    }

    /** The login of the account with a role, as the role tables name it. */
    static String login(String role) {
        return switch (role) {
            case "admin" -> ADMIN;
            case "staff" -> STAFF;
            case "leader" -> LEADER;
            case "unit" -> UNIT;
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static void add(Accounts accounts, String login, Role role, String unit) {
        if (accounts.find(login).isEmpty()) {
            accounts.add(login, role, unit, PASSWORD);
        }
        accounts.setEnabled(login, true);
    }
}
