package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the XML parts of an untrusted workbook with POI's hardened SAX readers ({@link XMLHelper}: no DOCTYPE, no
 * external entities), each reader used again for later parts: making one cost more than parsing a part of a monthly
 * workbook, which has about eight. A reader goes back for reuse only after a parse that ended normally (the parser
 * resets itself at the start of each parse); the checking threads share them.
 */
final class SaxParsing {

    private static final ContentHandler NONE = new DefaultHandler();
    private static final BlockingQueue<XMLReader> IDLE =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    private SaxParsing() {
    }

    static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader reader = IDLE.poll();
        if (reader == null) {
            reader = XMLHelper.newXMLReader();
        }
        reader.setContentHandler(handler);
        reader.parse(new InputSource(xml));
        reader.setContentHandler(NONE); // keeps no workbook's handler alive
        IDLE.offer(reader); // dropped when enough are idle
    }
}
