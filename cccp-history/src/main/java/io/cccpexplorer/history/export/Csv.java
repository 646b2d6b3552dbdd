package io.cccpexplorer.history.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, quotes
 * doubled inside. UTF-8 with a byte-order mark, so that spreadsheet programs read accented names right. A field
 * starting with {@code = + - @} is prefixed with a quote ({@code '}) so that a caller number or a name can never be
 * run as a formula when the file is opened (CSV injection); numbers are written as numbers.
 */
public final class Csv {

    private Csv() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, List.copyOf(table.columns()));
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        String s = cell.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
