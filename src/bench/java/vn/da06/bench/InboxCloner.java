package vn.da06.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookMarker;

/**
 * Generation at scale without POI: the workbooks that {@code SampleWorkbooks} wrote for the first communes are
 * copied for the other communes, rewriting in {@code xl/sharedStrings.xml} what names the unit — its code, its
 * name (as written and upper-cased in titles) and the marker's signature, signed again for the new unit. Each new
 * commune copies the whole inbox folder of one generated commune (round robin), so resubmissions, late files and
 * mistakes keep their proportions. Deterministic; a copy is a workbook da06 itself would have written for that unit
 * with the same figures.
 */
final class InboxCloner {

    /** A unit whose folder is copied, and the unit it becomes. */
    record Clone(String fromCode, String fromName, String toCode, String toName) {
    }

    private final String planCode;
    private final String month;
    private final byte[] key;

    InboxCloner(String planCode, String month, byte[] key) {
        this.planCode = planCode;
        this.month = month;
        this.key = key;
    }

    /** Writes the clones into {@code inbox} on {@code threads} threads; returns the number of files written. */
    int write(Path inbox, List<Clone> clones, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Clone clone : clones) {
                done.add(pool.submit(() -> copyFolder(inbox, clone)));
            }
            int files = 0;
            for (Future<Integer> f : done) {
                files += f.get();
            }
            return files;
        } finally {
            pool.shutdown();
        }
    }

    private int copyFolder(Path inbox, Clone clone) throws IOException {
        Path from = inbox.resolve(clone.fromCode());
        Path to = inbox.resolve(clone.toCode());
        Files.createDirectories(to);
        Map<Pattern, String> replace = replacements(clone);
        int files = 0;
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.sorted().toList()) {
                Path target = to.resolve(file.getFileName().toString().replace(clone.fromCode(), clone.toCode()));
                copyWorkbook(file, target, replace);
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(file));
                files++;
            }
        }
        return files;
    }

    private Map<Pattern, String> replacements(Clone c) {
        String oldSignature = WorkbookMarker.signed(planCode, c.fromCode(), month, WorkbookLayout.TEMPLATE_VERSION, key).signature();
        String newSignature = WorkbookMarker.signed(planCode, c.toCode(), month, WorkbookLayout.TEMPLATE_VERSION, key).signature();
        // A name followed by a digit is another unit's ("Xã An 1" inside "Xã An 12"): match whole names only.
        return Map.of(Pattern.compile(Pattern.quote(c.fromCode()) + "(?!\\d)"), c.toCode(),
                Pattern.compile(Pattern.quote(c.fromName()) + "(?!\\d)"), c.toName(),
                Pattern.compile(Pattern.quote(c.fromName().toUpperCase(Locale.ROOT)) + "(?!\\d)"),
                c.toName().toUpperCase(Locale.ROOT),
                Pattern.compile(oldSignature), newSignature);
    }

    private static void copyWorkbook(Path from, Path to, Map<Pattern, String> replace) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("xl/sharedStrings.xml")) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        for (Map.Entry<Pattern, String> r : replace.entrySet()) {
                            xml = r.getKey().matcher(xml).replaceAll(Matcher.quoteReplacement(r.getValue()));
                        }
                        out.write(xml.getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
