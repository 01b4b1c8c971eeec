package vn.da06.submission;

/** The file cannot be read as a workbook at all (not .xlsx, encrypted, corrupt, too large, unsafe). */
class WorkbookUnreadableException extends Exception {

    private final String rule;

    WorkbookUnreadableException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    WorkbookUnreadableException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
