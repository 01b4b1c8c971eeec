package vn.da06.base;

/**
 * Text from outside (file names from the inbox, above all) made safe to print on one line: a control character
 * would break a summary or a log line in two, or let a file name forge a line of its own.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text with each control character written as an escape: a newline as {@code \n}, others as {@code \u001b}. */
    public static String escapeControls(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
