package io.cccpexplorer.history.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One worksheet named after the table, a bold header row, numbers as numbers (fastexcel: streaming, small). */
public final class Xlsx {

    private Xlsx() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "CCCP Explorer", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(table.name()));
        for (int c = 0; c < table.columns().size(); c++) {
            ws.value(0, c, table.columns().get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    ws.value(r, c, n);
                } else if (cell instanceof Boolean b) {
                    ws.value(r, c, b);
                } else if (cell != null) {
                    ws.value(r, c, cell.toString());
                }
            }
            r++;
        }
        wb.finish();
    }

    /** Excel's sheet-name rules: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        clean = clean.isEmpty() ? "report" : clean;
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
