package org.semillero.team;

import java.util.List;

/** RFC 4180 lines; cells a spreadsheet would run as formulas are neutralised. */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = cells.get(i) == null ? "" : cells.get(i);
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
