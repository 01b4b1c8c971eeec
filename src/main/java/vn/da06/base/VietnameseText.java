package vn.da06.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Comparison keys for Vietnamese text typed by people: case, accents, NFC/NFD and spacing do not matter. */
public final class VietnameseText {

    /** Compiled once: the import cleans every text cell of every workbook. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private VietnameseText() {
    }

    /** The text in composed form (NFC) with runs of white space collapsed and trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** Lower case, without accents (đ becomes d), words separated by single spaces, punctuation dropped. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        // Plain ASCII (codes, numbers) is its own decomposition: skip the normalizer, as hot as the rest of the import.
        String decomposed = text.chars().allMatch(c -> c < 0x80) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && !key.isEmpty()) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }
}
