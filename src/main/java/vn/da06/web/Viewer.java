package vn.da06.web;

import org.springframework.security.core.Authentication;

import vn.da06.account.AccountDetails;
import vn.da06.account.Role;

/**
 * The signed-in person as pages need them (public: pages call its methods): who, in which role, for which unit, and what that lets them do.
 *
 * @param unitCode the unit of a {@link Role#UNIT} account, null otherwise
 */
public record Viewer(String login, Role role, String unitCode) {

    static Viewer of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
            return new Viewer(details.account().login(), details.account().role(), details.account().unitCode());
        }
        throw new IllegalStateException("no signed-in account");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Staff and administrators: the month view's actions, starting reports, uploading for any unit. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.STAFF;
    }

    public boolean isUnit() {
        return role == Role.UNIT;
    }

    /** Who may read the month view and the reports: everyone but a unit. */
    public boolean readsReports() {
        return role != Role.UNIT;
    }

    /** Who may upload and see results: units (their own) and staff (any unit). */
    public boolean uploads() {
        return isUnit() || isStaff();
    }

    /** Whether this person may see what was sent from a unit's inbox folder. */
    public boolean maySee(String inboxFolder) {
        return isStaff() || (isUnit() && unitCode.equals(inboxFolder));
    }
}
