package vn.da06.submission;

/**
 * One problem in a workbook: where (sheet and cell, null for the whole file), the value found, the rule broken,
 * and a Vietnamese message saying how to fix it.
 */
public record ValidationError(String sheet, String cell, String value, Rule rule, String message) {

    static ValidationError ofFile(Rule rule, String message) {
        return new ValidationError(null, null, null, rule, message);
    }

    /** "Chỉ tiêu!E9" or "" for a file-level problem. */
    public String location() {
        if (sheet == null) {
            return "";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /** One line for logs and summaries: location, rule, message. */
    public String describe() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + rule.title() + " — " + message;
    }
}
