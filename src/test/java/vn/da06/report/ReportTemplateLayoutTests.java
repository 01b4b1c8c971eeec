package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRChild;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

/**
 * Layout rules the compiled templates must keep, so that pagination cannot regress: a table's column titles never sit
 * alone at the bottom of a page and come back on each page the table continues on; a heading never sits alone at the
 * bottom of a page.
 */
class ReportTemplateLayoutTests {

    private final ReportTemplates templates = new ReportTemplates();

    @Test
    void tablesRepeatTheirColumnTitlesAndKeepThemWithTheirFirstRows() {
        List<String> tables = ReportTemplates.SUBREPORTS.stream()
                .filter(name -> Stream.of(templates.get(name).getGroups() == null ? new JRGroup[0] : templates.get(name).getGroups())
                        .anyMatch(g -> g.getName().equals("Table")))
                .toList();

        assertThat(tables).contains("indicators", "task-groups", "task-list", "task-table", "task-changes", "unit-reporting",
                "unit-submissions", "unit-ranking", "rejected-submissions");
        for (String name : ReportTemplates.SUBREPORTS) {
            JasperReport report = templates.get(name);
            assertThat(elements(report.getColumnHeader())).as(name + ": column titles in the column header print alone "
                    + "at the bottom of a page when the first row does not fit").isEmpty();
        }
        for (String name : tables) {
            JRGroup table = Stream.of(templates.get(name).getGroups()).filter(g -> g.getName().equals("Table")).findFirst().orElseThrow();
            assertThat(table.isReprintHeaderOnEachPage()).as(name + ": titles on each page").isTrue();
            assertThat(table.isKeepTogether() || table.getMinDetailsToStartFromTop() >= 2)
                    .as(name + ": titles stay with the first rows").isTrue();
        }
    }

    @Test
    void sectionsStartOnANewPageRatherThanLeaveTheirHeadingAlone() {
        for (String name : List.of("document", "appendix")) {
            JasperReport report = templates.get(name);
            JRGroup section = Stream.of(report.getGroups()).filter(g -> g.getName().equals("Section")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no Section group"));
            List<JRElement> header = Stream.of(section.getGroupHeaderSection().getBands())
                    .flatMap(band -> elements(band).stream()).toList();
            assertThat(header).as(name + ": the section header is its heading")
                    .singleElement().matches(ReportTemplateLayoutTests::isHeading);
            assertThat(section.getMinHeightToStartNewPage()).as(name).isGreaterThanOrEqualTo(80);
            assertThat(Stream.of(report.getDetailSection().getBands()).flatMap(band -> elements(band).stream()))
                    .as(name + ": headings print only as section headers").noneMatch(ReportTemplateLayoutTests::isHeading);
        }
    }

    private static boolean isHeading(JRElement element) {
        return element instanceof JRTextField t && t.getStyle() != null && t.getStyle().getName().equals("heading");
    }

    private static List<JRElement> elements(JRBand band) {
        List<JRElement> elements = new ArrayList<>();
        if (band != null) {
            for (JRChild child : band.getChildren()) {
                if (child instanceof JRElement element) {
                    elements.add(element);
                }
            }
        }
        return elements;
    }
}
