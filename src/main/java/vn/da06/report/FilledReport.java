package vn.da06.report;

import java.io.File;
import java.io.Serializable;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * A report filled once and exported to every format, so that a figure reads the same in each: the document (body,
 * then the landscape appendix when there is one). Saved between the fill and the export steps of the report job,
 * with the rows of the XLSX export's data sheets beside it ({@link DataSheetRows}).
 */
record FilledReport(List<JasperPrint> document) implements Serializable {

    FilledReport {
        document = List.copyOf(document);
    }

    void save(File file) throws JRException {
        JRSaver.saveObject(this, file);
    }

    static FilledReport load(File file) throws JRException {
        return (FilledReport) JRLoader.loadObject(file);
    }
}
