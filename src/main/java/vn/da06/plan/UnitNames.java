package vn.da06.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.da06.base.VietnameseText;
import vn.da06.plan.Plan.UnitRef;

/**
 * Reads the unit lists of plan texts ("Công an huyện, Văn phòng HĐND & UBND huyện", "UBND các xã, thị trấn",
 * "Ngân hàng Công an huyện") into units and unit groups. Each name and alias of a unit or group is a word
 * sequence; a text is read left to right taking the longest known name at each point, so that commas inside a
 * group's name ("các xã, thị trấn") and separators missing from the source (a PDF lost the comma in "Ngân hàng
 * Công an huyện") both read right. Case, accents and punctuation are ignored.
 */
final class UnitNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final String AND = "va";

    private final Map<List<String>, UnitRef> byWords = new HashMap<>();
    private int longestName;

    /** Registers a name; returns the reference it already stood for if it was taken by another unit or group. */
    Optional<UnitRef> add(String name, UnitRef ref) {
        List<String> words = words(name).stream().map(Word::key).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        UnitRef previous = byWords.putIfAbsent(words, ref);
        longestName = Math.max(longestName, words.size());
        return previous == null || previous.equals(ref) ? Optional.empty() : Optional.of(previous);
    }

    /** The units and groups a text names, in order, or the first piece of text that names nothing known. */
    Result read(String text) {
        List<Word> words = words(text);
        List<UnitRef> refs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longestName, words.size() - i); n > 0 && matched == 0; n--) {
                UnitRef ref = byWords.get(words.subList(i, i + n).stream().map(Word::key).toList());
                if (ref != null) {
                    if (!refs.contains(ref)) {
                        refs.add(ref);
                    }
                    matched = n;
                }
            }
            if (matched == 0 && words.get(i).key().equals(AND)) {
                matched = 1;
            }
            if (matched == 0) {
                return new Result(refs, unknownPiece(text, words.get(i).start()));
            }
            i += matched;
        }
        return new Result(refs, null);
    }

    /** @param unknown the piece of text that named no known unit or group (null when all was read) */
    record Result(List<UnitRef> refs, String unknown) {
    }

    private record Word(String key, int start) {
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        String clean = VietnameseText.clean(text);
        Matcher m = WORD.matcher(clean == null ? "" : clean);
        while (m.find()) {
            words.add(new Word(VietnameseText.key(m.group()), m.start()));
        }
        return words;
    }

    private static String unknownPiece(String text, int start) {
        String clean = VietnameseText.clean(text);
        String rest = clean.substring(start);
        int end = rest.indexOf(',');
        int semicolon = rest.indexOf(';');
        if (end < 0 || (semicolon >= 0 && semicolon < end)) {
            end = semicolon;
        }
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }
}
