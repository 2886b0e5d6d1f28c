package org.semillero.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CSV upload read as RFC 4180 (quoted cells may hold commas, quotes and line breaks; a leading
 * byte-order mark is dropped), with each row's line number in the file for error messages. Header
 * names are compared in lower case with spaces and hyphens read as '_'.
 */
record CsvTable(List<String> header, List<Row> rows) {

    /** The largest upload read: 5,000 rows. */
    static final int MAX_ROWS = 5000;

    /**
     * One data row: the line it starts on (the header is line 1) and its cells by header name. A
     * row with fewer cells than the header has the rest empty (spreadsheets drop empty trailing
     * cells); one with more is {@code overlong} and refused by the importers with its line.
     */
    record Row(int line, Map<String, String> cells, boolean overlong) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** Header names that would carry people's data rather than aggregates. */
    private static final Pattern PERSONAL = Pattern.compile(
            "(^|_)(names?|nombres?|first_name|last_name|surnames?|apellidos?|full_name|citizen|ciudadan[oa]s?|persona"
                    + "|e_?mails?|correos?|mail|phone_number|telefonos?|tel[eé]fonos?|mobile_number|address|direcci[oó]n"
                    + "|dni|nie|nif|nss|ssn|passport|pasaporte|id_number|national_id|document(o|_number)?|birth|nacimiento"
                    + "|comments?|comentarios?|free_text|texto|text|observaciones|remarks|notes?)($|_)");

    static CsvTable parse(String text) {
        if (text == null) {
            throw new CsvException("import.empty", 0);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                current.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    current.add(cell.toString());
                    records.add(current);
                    lines.add(recordLine);
                    if (records.size() > MAX_ROWS + 1) {
                        throw new CsvException("import.too-many-rows", line);
                    }
                }
                current = new ArrayList<>();
                cell.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new CsvException("import.unclosed-quote", recordLine);
        }
        if (any || cell.length() > 0) {
            current.add(cell.toString());
            records.add(current);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new CsvException("import.empty", 0);
        }
        List<String> header = records.get(0).stream().map(CsvTable::column).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < values.size() ? values.get(c) : "");
            }
            boolean overlong = values.size() > header.size()
                    && values.subList(header.size(), values.size()).stream().anyMatch(v -> !v.isBlank());
            rows.add(new Row(lines.get(r), cells, overlong));
        }
        return new CsvTable(header, rows);
    }

    /** The first header name that looks like people's data, among those not {@code allowed}. */
    Optional<String> personalColumn(List<String> allowed) {
        return header.stream().filter(h -> !allowed.contains(h)).filter(h -> PERSONAL.matcher(h).find()).findFirst();
    }

    static boolean looksPersonal(String column) {
        return PERSONAL.matcher(column(column)).find();
    }

    static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** A CSV that cannot be read at all; {@code line} 0 when it is about the whole file. */
    static final class CsvException extends RuntimeException {
        final String key;
        final int line;

        CsvException(String key, int line) {
            super(key + " at line " + line);
            this.key = key;
            this.line = line;
        }
    }
}
