package vn.da06;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for Vietnamese text typed by people: case, accents, NFC/NFD and spacing do not matter. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** The text in composed form (NFC) with runs of white space collapsed and trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    /** Lower case, without accents (đ becomes d), words separated by single spaces, punctuation dropped. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return NOT_LETTER_OR_DIGIT.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
