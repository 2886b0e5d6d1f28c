package org.semillero.shared.web;

import java.util.List;

/**
 * RFC 4180 lines for exports; cells a spreadsheet would run as formulas are prefixed with an
 * apostrophe so that opening an export never executes anything.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<String> cells) {
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

    /** UTF-8 bytes with a byte-order mark, so spreadsheet tools read accents correctly. */
    public static byte[] withBom(String csv) {
        return ("\uFEFF" + csv).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
