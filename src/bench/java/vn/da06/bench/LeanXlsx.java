package vn.da06.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parse floor: the leanest way to see every cell of an .xlsx that the JDK offers — java.util.zip and the JDK's
 * SAX parser over the shared strings and every worksheet, resolving each cell's text, and nothing else (no styles,
 * no limits, no validation). What the counts are for: to keep the work from being optimised away.
 */
final class LeanXlsx {

    /** Cells seen and characters of their values. */
    record Count(long cells, long chars) {
        Count plus(Count o) {
            return new Count(cells + o.cells, chars + o.chars);
        }
    }

    private static final SAXParserFactory FACTORY = SAXParserFactory.newInstance();

    private LeanXlsx() {
    }

    static Count read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            SAXParser parser = FACTORY.newSAXParser();
            List<String> strings = new ArrayList<>();
            ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
            if (shared != null) {
                try (InputStream in = zip.getInputStream(shared)) {
                    parser.parse(in, new StringsHandler(strings));
                }
            }
            Count count = new Count(0, 0);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    CellHandler cells = new CellHandler(strings);
                    parser.reset();
                    try (InputStream in = zip.getInputStream(entry)) {
                        parser.parse(in, cells);
                    }
                    count = count.plus(new Count(cells.cells, cells.chars));
                }
            }
            return count;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static final class StringsHandler extends DefaultHandler {
        private final List<String> strings;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;

        StringsHandler(List<String> strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (qName.equals("si")) {
                text.setLength(0);
            } else if (qName.equals("t")) {
                inText = true;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (qName.equals("t")) {
                inText = false;
            } else if (qName.equals("si")) {
                strings.add(text.toString());
            }
        }
    }

    private static final class CellHandler extends DefaultHandler {
        private final List<String> strings;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean shared;
        long cells;
        long chars;

        CellHandler(List<String> strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (qName.equals("c")) {
                shared = "s".equals(atts.getValue("t"));
            } else if (qName.equals("v") || qName.equals("t")) {
                value.setLength(0);
                inValue = true;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (qName.equals("v") || qName.equals("t")) {
                inValue = false;
            } else if (qName.equals("c")) {
                cells++;
                chars += shared && !value.isEmpty() ? strings.get(Integer.parseInt(value, 0, value.length(), 10)).length()
                        : value.length();
                value.setLength(0);
            }
        }
    }
}
