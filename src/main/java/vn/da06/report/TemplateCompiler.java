package vn.da06.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Build step (Maven {@code process-classes}): compiles every {@code report-templates/*.jrxml} into a {@code .jasper}
 * file under {@code target/classes/report-templates/}, so that a template that does not compile, or a text element
 * that does not use the report font, fails the build instead of a user's report run.
 */
public final class TemplateCompiler {

    static final String REPORT_FONT = "Liberation Serif";

    private TemplateCompiler() {
    }

    /** Arguments: the folder of {@code .jrxml} templates and the folder to write {@code .jasper} files into. */
    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            JasperDesign design = JRXmlLoader.load(template.toFile());
            wrongFonts(design).forEach(element -> problems.add(template.getFileName() + ": " + element));
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JRSaver.saveObject(JasperCompileManager.compileReport(design), target.resolve(name).toFile());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("text elements not in " + REPORT_FONT + ":\n  " + String.join("\n  ", problems));
        }
        System.out.println("Compiled " + templates.size() + " report templates into " + target);
    }

    private static List<String> wrongFonts(JasperDesign design) {
        List<String> wrong = new ArrayList<>();
        List<JRDesignBand> bands = new ArrayList<>();
        Stream.of(design.getTitle(), design.getPageHeader(), design.getColumnHeader(), design.getColumnFooter(),
                design.getPageFooter(), design.getLastPageFooter(), design.getSummary(), design.getNoData())
                .filter(JRDesignBand.class::isInstance).map(JRDesignBand.class::cast).forEach(bands::add);
        Stream.of(((JRDesignSection) design.getDetailSection()).getBands()).map(JRDesignBand.class::cast).forEach(bands::add);
        Stream.of(design.getGroups()).forEach(group -> Stream.concat(
                Stream.of(group.getGroupHeaderSection().getBands()), Stream.of(group.getGroupFooterSection().getBands()))
                .map(JRDesignBand.class::cast).forEach(bands::add));
        bands.forEach(band -> collect(band, wrong));
        return wrong;
    }

    private static void collect(JRElementGroup group, List<String> wrong) {
        for (JRChild child : group.getChildren()) {
            if (child instanceof JRTextElement text && !REPORT_FONT.equals(text.getFontName())) {
                wrong.add("element at x=" + text.getX() + ", y=" + text.getY() + " uses font " + text.getFontName());
            }
            if (child instanceof JRElementGroup nested) {
                collect(nested, wrong);
            }
        }
    }
}
