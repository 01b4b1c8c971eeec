package vn.da06.bench;

/**
 * One line of the results table.
 *
 * @param workbooks workbooks handled (0 for a report)
 * @param rows      fact rows written or cells read
 */
record Row(int scale, String phase, int workbooks, long rows, Probe.Cost cost, String note) {

    double workbooksPerSecond() {
        return workbooks / cost.seconds();
    }

    double rowsPerSecond() {
        return rows / cost.seconds();
    }

    static String header() {
        return "| units | phase | workbooks | rows | wall s | workbooks/s | rows/s | peak heap MB | live heap MB | peak RSS MB | note |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    }

    String markdown() {
        return "| %d | %s | %s | %s | %.2f | %s | %s | %d | %d | %s | %s |".formatted(scale, phase,
                workbooks == 0 ? "" : Integer.toString(workbooks), rows == 0 ? "" : Long.toString(rows), cost.seconds(),
                workbooks == 0 ? "" : "%.0f".formatted(workbooksPerSecond()),
                rows == 0 ? "" : "%.0f".formatted(rowsPerSecond()),
                cost.peakHeapBytes() >> 20, cost.peakLiveHeapBytes() >> 20,
                cost.peakRssKb() < 0 ? "?" : Long.toString(cost.peakRssKb() >> 10), note == null ? "" : note);
    }
}
