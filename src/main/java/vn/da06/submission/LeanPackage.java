package vn.da06.submission;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a plain .xlsx package that the cell reader needs, found by reading the content types, the
 * relationship parts and the workbook part with SAX instead of opening POI's {@code OPCPackage} (which builds every
 * part, relationship and the document properties into objects: about 1 ms of the 2.5 ms a workbook took to read).
 * Only a package laid out as Excel, LibreOffice and POI write one is read this way: every entry has a plain name and
 * a content type, no two names differ only in case, every relationship part and the document properties are
 * well-formed XML without DOCTYPE, the main part is a workbook (not a macro workbook, template or .xlsb), its sheets
 * are worksheets found where their relationships point, and there is at most one shared strings and one styles part.
 * Anything else gives no result, and the caller opens the package with POI, whose checks and messages then apply as
 * before.
 */
final class LeanPackage {

    /** A worksheet of the workbook, in the workbook's order. */
    record Sheet(String name, ZipArchiveEntry entry) {
    }

    /** The parts the reader uses; {@code sharedStrings} and {@code styles} may be null (none in the package). */
    record Parts(ZipArchiveEntry sharedStrings, ZipArchiveEntry styles, List<ZipArchiveEntry> themes, List<Sheet> sheets,
                 boolean date1904, boolean externalLinks) {
    }

    private record Relationship(String type, String target, boolean external) {
    }

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String OFFICE_RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String EXTERNAL_LINK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
    /** Zip entry names as office suites write them: segments of letters, digits and {@code _-.[]}, none ending in a dot. */
    private static final Pattern PLAIN_NAME = Pattern.compile("([A-Za-z0-9_\\-\\[\\]][A-Za-z0-9_\\-.\\[\\]]*(?<!\\.)/)*"
            + "[A-Za-z0-9_\\-.\\[\\]]*[A-Za-z0-9_\\-\\[\\]]");
    private static final Pattern PLAIN_CONTENT_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+\\-]+/[A-Za-z0-9!#$&^_.+\\-]+");

    private LeanPackage() {
    }

    /**
     * The parts of the package, or empty when it is not laid out plainly (then POI must open it). Every part this
     * reads whole (content types, relationships, document properties, workbook) was checked for size by the caller
     * or is checked here; the zip's inflation guards apply to every read.
     */
    static Optional<Parts> read(ZipSecureFile zip, long maxPartBytes) {
        try {
            return Optional.ofNullable(parts(zip, maxPartBytes));
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Parts parts(ZipSecureFile zip, long maxPartBytes) throws IOException, SAXException,
            ParserConfigurationException {
        List<ZipArchiveEntry> entries = java.util.Collections.list(zip.getEntries());
        if (entries.size() > ZipSecureFile.getMaxFileCount()) {
            return null;
        }
        Map<String, ZipArchiveEntry> byName = new HashMap<>();
        Set<String> lowerNames = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.endsWith("/")) {
                continue;
            }
            if (!PLAIN_NAME.matcher(name).matches() || !lowerNames.add(name.toLowerCase(Locale.ROOT))) {
                return null;
            }
            byName.put(name, entry);
        }
        ZipArchiveEntry contentTypesEntry = byName.get(CONTENT_TYPES);
        if (contentTypesEntry == null) {
            return null;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        if (!contentTypes(zip, contentTypesEntry, defaults, overrides)) {
            return null;
        }
        Map<String, String> typeOf = new HashMap<>();
        Map<String, Map<String, Relationship>> relationships = new HashMap<>();
        for (Map.Entry<String, ZipArchiveEntry> e : byName.entrySet()) {
            String name = e.getKey();
            if (name.equals(CONTENT_TYPES)) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            int dot = lower.lastIndexOf('.');
            String type = overrides.getOrDefault("/" + lower, dot < 0 ? null : defaults.get(lower.substring(dot + 1)));
            if (type == null || lower.startsWith("[trash]")) {
                return null;
            }
            typeOf.put(name, type);
            if (lower.endsWith(".rels")) {
                Map<String, Relationship> rels = relationshipIds(zip, e.getValue());
                if (rels == null) {
                    return null;
                }
                relationships.put(name, rels);
            }
        }

        java.util.Collection<Relationship> packageRels = relationships.getOrDefault("_rels/.rels", Map.of()).values();
        List<Relationship> main = packageRels.stream()
                .filter(r -> r.type().equals(PackageRelationshipTypes.CORE_DOCUMENT)).toList();
        List<Relationship> core = packageRels.stream()
                .filter(r -> r.type().equals(PackageRelationshipTypes.CORE_PROPERTIES)).toList();
        if (main.size() != 1 || main.get(0).external() || core.size() > 1) {
            return null;
        }
        String workbookName = resolve("/", main.get(0).target());
        if (workbookName == null || !byName.containsKey(workbookName)
                || !XSSFRelation.WORKBOOK.getContentType().equals(typeOf.get(workbookName))) {
            return null;
        }
        if (core.size() == 1) {
            String coreName = resolve("/", core.get(0).target());
            if (coreName == null || !byName.containsKey(coreName) || !wellFormed(zip, byName.get(coreName), maxPartBytes)) {
                return null;
            }
        }

        WorkbookContent content = workbook(zip, byName.get(workbookName), maxPartBytes);
        if (content == null) {
            return null;
        }
        Map<String, Relationship> relsById = relationships.getOrDefault(relationshipsPartOf(workbookName), Map.of());
        List<Sheet> sheets = new ArrayList<>();
        String base = "/" + workbookName;
        for (String[] sheet : content.sheets()) {
            Relationship r = relsById.get(sheet[1]);
            if (r == null || r.external() || !r.type().equals(XSSFRelation.WORKSHEET.getRelation())) {
                return null;
            }
            String sheetName = resolve(base, r.target());
            if (sheetName == null || !byName.containsKey(sheetName)) {
                return null;
            }
            sheets.add(new Sheet(sheet[0], byName.get(sheetName)));
        }
        List<ZipArchiveEntry> strings = partsOfType(byName, typeOf, XSSFRelation.SHARED_STRINGS.getContentType());
        List<ZipArchiveEntry> styles = partsOfType(byName, typeOf, XSSFRelation.STYLES.getContentType());
        if (strings.size() > 1 || styles.size() > 1) {
            return null;
        }
        return new Parts(strings.isEmpty() ? null : strings.get(0), styles.isEmpty() ? null : styles.get(0),
                partsOfType(byName, typeOf, XSSFRelation.THEME.getContentType()), sheets, content.date1904(),
                typeOf.containsValue(EXTERNAL_LINK_TYPE));
    }

    private static List<ZipArchiveEntry> partsOfType(Map<String, ZipArchiveEntry> byName, Map<String, String> typeOf,
                                                     String type) {
        return typeOf.entrySet().stream().filter(e -> e.getValue().equals(type)).map(e -> byName.get(e.getKey())).toList();
    }

    /** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
    private static String relationshipsPartOf(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /** The zip entry name a relationship target points at, from the part at {@code source}; null if it is not plain. */
    private static String resolve(String source, String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        URI resolved = URI.create(source).resolve(URI.create(target));
        String path = resolved.getPath();
        if (resolved.getScheme() != null || resolved.getQuery() != null || resolved.getFragment() != null || path == null
                || !path.startsWith("/") || path.contains("/../") || path.contains("/./")) {
            return null;
        }
        return path.substring(1);
    }

    private static boolean contentTypes(ZipSecureFile zip, ZipArchiveEntry entry, Map<String, String> defaults,
                                        Map<String, String> overrides) throws IOException, SAXException,
            ParserConfigurationException {
        boolean[] plain = {true};
        parse(zip, entry, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (!PACKAGE_NS.equals(uri)) {
                    plain[0] = false;
                    return;
                }
                switch (localName) {
                    case "Types" -> {
                    }
                    case "Default" -> put(defaults, atts.getValue("Extension"), atts.getValue("ContentType"), "");
                    case "Override" -> put(overrides, atts.getValue("PartName"), atts.getValue("ContentType"), "/");
                    default -> plain[0] = false;
                }
            }

            private void put(Map<String, String> map, String key, String type, String prefix) {
                if (key == null || type == null || !key.startsWith(prefix) || !PLAIN_CONTENT_TYPE.matcher(type).matches()
                        || map.put(key.toLowerCase(Locale.ROOT), type) != null) {
                    plain[0] = false;
                }
            }
        });
        return plain[0];
    }

    /** The relationships of a relationships part by id; null if one lacks an id, type or target. */
    private static Map<String, Relationship> relationshipIds(ZipSecureFile zip, ZipArchiveEntry entry)
            throws IOException, SAXException, ParserConfigurationException {
        Map<String, Relationship> byId = new HashMap<>();
        boolean[] plain = {true};
        parse(zip, entry, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (!RELATIONSHIPS_NS.equals(uri)) {
                    plain[0] = false;
                } else if (localName.equals("Relationship")) {
                    String id = atts.getValue("Id");
                    String type = atts.getValue("Type");
                    String target = atts.getValue("Target");
                    String mode = atts.getValue("TargetMode");
                    if (id == null || type == null || target == null
                            || byId.put(id, new Relationship(type, target, "External".equals(mode))) != null) {
                        plain[0] = false;
                    }
                } else if (!localName.equals("Relationships")) {
                    plain[0] = false;
                }
            }
        });
        return plain[0] ? byId : null;
    }

    private record WorkbookContent(List<String[]> sheets, boolean date1904) {
    }

    /** The sheets (name, relationship id) and the 1904 date flag of the workbook part. */
    private static WorkbookContent workbook(ZipSecureFile zip, ZipArchiveEntry entry, long maxPartBytes)
            throws IOException, SAXException, ParserConfigurationException {
        if (!withinSize(zip, entry, maxPartBytes)) {
            return null;
        }
        List<String[]> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        parse(zip, entry, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                if (localName.equals("workbookPr")) {
                    String value = atts.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                } else if (localName.equals("sheet")) {
                    sheets.add(new String[] {atts.getValue("name"), atts.getValue(OFFICE_RELATIONSHIPS_NS, "id")});
                }
            }
        });
        return sheets.stream().anyMatch(s -> s[0] == null || s[1] == null) ? null : new WorkbookContent(sheets, date1904[0]);
    }

    private static boolean wellFormed(ZipSecureFile zip, ZipArchiveEntry entry, long maxPartBytes) throws IOException,
            SAXException, ParserConfigurationException {
        if (!withinSize(zip, entry, maxPartBytes)) {
            return false;
        }
        parse(zip, entry, new DefaultHandler());
        return true;
    }

    private static boolean withinSize(ZipSecureFile zip, ZipArchiveEntry entry, long max) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void parse(ZipSecureFile zip, ZipArchiveEntry entry, DefaultHandler handler) throws IOException,
            SAXException, ParserConfigurationException {
        try (InputStream in = zip.getInputStream(entry)) {
            SaxParsing.parse(in, handler);
        }
    }
}
