package org.semillero.shared.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people read and type them in their language: Spanish "1.200" and "4,6", English
 * "1,200" and "4.6". Typed numbers also accept the other convention where it cannot be
 * misread ("4.6" on a Spanish page is four point six; "1.200" is twelve hundred).
 */
public final class Numbers {

    /** A formatter per thread and language: building one parses its pattern, and pages format thousands of numbers. */
    private static final ThreadLocal<java.util.Map<Locale, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Numbers() {
    }

    /** Whole numbers with grouping, decimals with up to four digits, trailing zeros dropped. */
    public static String format(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = FORMATS.get().computeIfAbsent(locale,
                l -> new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(l)));
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return format.format(value.longValue());
        }
        return format.format(value instanceof BigDecimal big ? big : new BigDecimal(value.toString()));
    }

    /**
     * A number typed in {@code locale}; null for blank. A separator that appears more than once,
     * or that is followed by exactly three digits in the language whose grouping mark it is, groups
     * thousands; otherwise it is the decimal mark.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace("\u00a0", "").replace(" ", "");
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char group = decimal == ',' ? '.' : ',';
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char last = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = last == '.' ? ',' : '.';
            if (count(s, last) != 1 || !groupedWell(s.substring(0, s.lastIndexOf(last)), grouping)) {
                throw new NumberFormatException(text);
            }
            s = s.replace(String.valueOf(grouping), "").replace(last, '.');
        } else if (dots + commas > 0) {
            char mark = dots > 0 ? '.' : ',';
            boolean grouping = count(s, mark) > 1 || mark == group && groupedWell(s, mark);
            if (grouping) {
                if (!groupedWell(s, mark)) {
                    throw new NumberFormatException(text);
                }
                s = s.replace(String.valueOf(mark), "");
            } else {
                s = s.replace(mark, '.');
            }
        }
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s);
    }

    private static boolean groupedWell(String s, char mark) {
        return Pattern.matches("-?\\d{1,3}(" + Pattern.quote(String.valueOf(mark)) + "\\d{3})+", s);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
