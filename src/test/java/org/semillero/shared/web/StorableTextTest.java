package org.semillero.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Which text is stored as typed, and which is refused as lost on the way (Validation.storable). */
class StorableTextTest {

    @Test
    void what_people_type_is_accepted() {
        for (String text : new String[] {"", "Trámites más rápidos", "Niño · ñandú · «comillas» — 4,6 %", "Línea 1\nLínea 2\r\n\tsangría",
            "Ünïcödé 🙂🇵🇦 𝔘", "日本語のテキスト", "\u00a0no-break space", "emoji at the end 👍"}) {
            assertThat(Validation.storable(text)).as(text).isTrue();
        }
    }

    @Test
    void control_characters_and_lost_bytes_are_refused() {
        for (String text : new String[] {"\u0000", "a\u0000b", "\u0007bell", "\u0080", "c1\u009f", "\ufffd", "lone \ud800",
            "lone \udc00 low", "end \ud83d", "\u001b[31m"}) {
            assertThat(Validation.storable(text)).as(text).isFalse();
        }
    }

    /** The rule, as a reference: no control character but tab, LF and CR; no U+FFFD; surrogates only in pairs. */
    private static boolean reference(String text) {
        int i = 0;
        while (i < text.length()) {
            int code = text.codePointAt(i);
            if (code == 0xFFFD || Character.getType(code) == Character.CONTROL && code != '\t' && code != '\n' && code != '\r'
                    || Character.getType(code) == Character.SURROGATE) {
                return false;
            }
            i += Character.charCount(code);
        }
        return true;
    }

    @Property(tries = 2000)
    void every_string_is_judged_as_the_reference_judges_it(@ForAll String text) {
        assertThat(Validation.storable(text)).isEqualTo(reference(text));
    }
}
