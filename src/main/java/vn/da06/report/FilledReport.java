package vn.da06.report;

import java.io.File;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * A report filled once and exported to every format, so that a figure reads the same in each: the document (body,
 * then the landscape appendix when there is one) and the flat data sheets that only the XLSX export carries.
 * Saved between the fill and the export steps of the report job.
 */
record FilledReport(List<JasperPrint> document, List<JasperPrint> dataSheets) implements Serializable {

    FilledReport {
        document = List.copyOf(document);
        dataSheets = List.copyOf(dataSheets);
    }

    List<JasperPrint> workbook() {
        List<JasperPrint> all = new ArrayList<>(document);
        all.addAll(dataSheets);
        return all;
    }

    void save(File file) throws JRException {
        JRSaver.saveObject(this, file);
    }

    static FilledReport load(File file) throws JRException {
        return (FilledReport) JRLoader.loadObject(file);
    }
}
