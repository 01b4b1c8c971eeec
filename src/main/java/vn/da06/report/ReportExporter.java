package vn.da06.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a filled report in one format. The file appears whole or not at all (written beside, then moved), so a
 * failed run never leaves half a report where the previous one was.
 */
@Component
class ReportExporter {

    private static final Logger log = LoggerFactory.getLogger(ReportExporter.class);

    void export(FilledReport report, Path dataSheetRows, ReportFormat format, Path target, String title) throws IOException, JRException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        Path document = target.resolveSibling("." + target.getFileName() + ".document.part");
        long start = System.nanoTime();
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                switch (format) {
                    case PDF -> pdf(report, out, title);
                    case DOCX -> docx(report, out);
                    case XLSX -> xlsx(report, dataSheetRows, document, out);
                }
            }
            log.debug("report export {}: {} bytes in {} ms", format, Files.size(partial), (System.nanoTime() - start) / 1_000_000);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(document);
        }
    }

    private static void pdf(FilledReport report, OutputStream out, String title) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(report.document()));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagLanguage("vi-VN");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** A document staff edit before it is signed: see {@link FlowingDocx}. */
    private static void docx(FilledReport report, OutputStream out) throws IOException {
        FlowingDocx.write(report, out);
    }

    /**
     * One sheet per part of the document (report, appendix), numbers and dates as real cells, then the flat data
     * sheets streamed in by {@link DataSheetWriter}. Jasper's part goes through a file ({@code document}), not a
     * byte array beside the workbook it is read into.
     */
    private static void xlsx(FilledReport report, Path dataSheetRows, Path document, OutputStream out) throws JRException, IOException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(report.document()));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(document.toFile()));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(report.document().stream().map(p -> p.getName()).toArray(String[]::new));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        try (InputStream in = Files.newInputStream(document); XSSFWorkbook pages = new XSSFWorkbook(in)) {
            DataSheetWriter.write(pages, dataSheetRows, out);
        }
    }
}
