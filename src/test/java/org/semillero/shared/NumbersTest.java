package org.semillero.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.semillero.shared.i18n.Numbers;

/** Numbers shown and typed in the reader's language. */
class NumbersTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void numbers_are_shown_in_the_readers_language() {
        assertThat(Numbers.format(1200, ES)).isEqualTo("1.200");
        assertThat(Numbers.format(new BigDecimal("4.6"), ES)).isEqualTo("4,6");
        assertThat(Numbers.format(100.0, ES)).isEqualTo("100");
        assertThat(Numbers.format(new BigDecimal("83.3333"), ES)).isEqualTo("83,3333");
        assertThat(Numbers.format(1200, EN)).isEqualTo("1,200");
        assertThat(Numbers.format(new BigDecimal("4.6"), EN)).isEqualTo("4.6");
        assertThat(Numbers.format(1234567.5, EN)).isEqualTo("1,234,567.5");
    }

    @Test
    void typed_numbers_are_read_in_the_pages_language() {
        assertThat(Numbers.parse("1.200", ES)).isEqualByComparingTo("1200");
        assertThat(Numbers.parse("4,6", ES)).isEqualByComparingTo("4.6");
        assertThat(Numbers.parse("1.234.567,89", ES)).isEqualByComparingTo("1234567.89");
        assertThat(Numbers.parse("4.6", ES)).isEqualByComparingTo("4.6");
        assertThat(Numbers.parse("1,200", EN)).isEqualByComparingTo("1200");
        assertThat(Numbers.parse("1.200", EN)).isEqualByComparingTo("1.2");
        assertThat(Numbers.parse("1,234,567.89", EN)).isEqualByComparingTo("1234567.89");
        assertThat(Numbers.parse(" 12 000 ", ES)).isEqualByComparingTo("12000");
        assertThat(Numbers.parse("-3,5", ES)).isEqualByComparingTo("-3.5");
        assertThat(Numbers.parse("", ES)).isNull();
    }

    @Test
    void what_is_not_a_number_is_refused() {
        for (String bad : new String[] {"mucho", "1.2.3,4,5", "12abc", "1,2,3", "1e5", "--1", "1.20.0"}) {
            assertThatThrownBy(() -> Numbers.parse(bad, ES)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Property(tries = 500)
    void whatever_is_shown_reads_back_as_the_same_number(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value) {
        for (Locale locale : new Locale[] {ES, EN}) {
            assertThat(Numbers.parse(Numbers.format(value, locale), locale)).isEqualByComparingTo(value);
        }
    }
}
