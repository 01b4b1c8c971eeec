package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The two workbook-wide parts the cell reader needs, read with one SAX pass each instead of POI's XMLBeans models
 * (which parse every font, fill, border and the theme, and build a rich-text object per string): the shared strings
 * as plain text, and for each cell style whether its number format shows a date or a percentage. They give the same
 * answers as POI's {@code ReadOnlySharedStringsTable} (phonetic runs left out) and {@code StylesTable}.
 */
final class WorkbookParts {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPED_CHAR = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private WorkbookParts() {
    }

    /** The shared strings, in order: the text of each {@code <si>}, rich runs joined, escapes such as _x000D_ decoded. */
    static List<String> sharedStrings(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        SaxParsing.parse(xml, new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = true;
                    case "rPh" -> inPhonetic = true;
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "si" -> strings.add(decode(text.toString()));
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText && !inPhonetic) {
                    text.append(ch, start, length);
                }
            }
        });
        return strings;
    }

    /** Excel writes characters XML cannot hold as _xHHHH_; POI shows them decoded. */
    private static String decode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPED_CHAR.matcher(value);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }

    /** Per cell style (the {@code s} attribute of a cell): does its number format show a date, a percentage. */
    static final class NumberFormats {
        static final NumberFormats NONE = new NumberFormats(new boolean[0], new boolean[0]);

        private final boolean[] date;
        private final boolean[] percent;

        private NumberFormats(boolean[] date, boolean[] percent) {
            this.date = date;
            this.percent = percent;
        }

        boolean isDate(int style) {
            return style >= 0 && style < date.length && date[style];
        }

        boolean isPercent(int style) {
            return style >= 0 && style < percent.length && percent[style];
        }
    }

    /** Reads {@code numFmts} and {@code cellXfs} of the styles part. */
    static NumberFormats numberFormats(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        SaxParsing.parse(xml, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "numFmt" -> {
                        Integer id = integer(atts.getValue("numFmtId"));
                        if (id != null && atts.getValue("formatCode") != null) {
                            custom.put(id, atts.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = integer(atts.getValue("numFmtId"));
                            styleFormats.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (MAIN_NS.equals(uri) && localName.equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        boolean[] date = new boolean[styleFormats.size()];
        boolean[] percent = new boolean[styleFormats.size()];
        Map<Integer, boolean[]> known = new HashMap<>();
        for (int i = 0; i < styleFormats.size(); i++) {
            int id = styleFormats.get(i);
            boolean[] kind = known.computeIfAbsent(id, f -> {
                short index = (short) f.intValue();
                String format = custom.containsKey(f) ? custom.get(f) : BuiltinFormats.getBuiltinFormat(index);
                return format == null ? new boolean[2]
                        : new boolean[] {DateUtil.isADateFormat(index, format), format.contains("%")};
            });
            date[i] = kind[0];
            percent[i] = kind[1];
        }
        return new NumberFormats(date, percent);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
