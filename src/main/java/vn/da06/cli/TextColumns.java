package vn.da06.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: fixed column widths, words wrapped inside their column. */
public final class TextColumns {

    private final int[] widths;

    public TextColumns(int... widths) {
        this.widths = widths.clone();
    }

    /** Appends one row; every cell starts on the row's first line and wraps within its column. */
    public void append(StringBuilder out, String... cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cellLines = wrap(i < cells.length && cells[i] != null ? cells[i] : "", widths[i]);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        for (int line = 0; line < lines; line++) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                List<String> cellLines = wrapped.get(i);
                String text = line < cellLines.size() ? cellLines.get(line) : "";
                row.append(text).append(" ".repeat(Math.max(0, widths[i] - text.length() + 1)));
            }
            out.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
