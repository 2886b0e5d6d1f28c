package org.semillero.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.semillero.shared.web.Csv;

/**
 * Liveness of the import rules: every well-formed services file (names with commas, quotes,
 * accents and line breaks, any channel set, any case) is read back exactly and accepted; a row
 * is refused exactly when one of its fields breaks a rule. Measures accept exactly their range.
 */
class CsvRowsPropertyTest {

    record Service(String code, String name, String department, Set<Channel> channels, String description) {
    }

    @Provide
    Arbitrary<List<Service>> files() {
        Arbitrary<String> code = Arbitraries.strings().withChars("ABCxyz019").ofMinLength(1).ofMaxLength(8)
                .map(s -> "S" + s);
        Arbitrary<String> text = Arbitraries.strings().withChars("abcñáé ,;\"'\n\r-=+@Z9").ofMinLength(1)
                .ofMaxLength(30).filter(s -> !s.isBlank()).map(s -> "x" + s.strip());
        Arbitrary<Set<Channel>> channels = Arbitraries.of(Channel.class).set().ofMinSize(1);
        return Combinators.combine(code, text, text, channels, text).as(Service::new).list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(Service::code);
    }

    @Property(tries = 500)
    void every_well_formed_file_is_read_back_exactly_and_accepted(@ForAll("files") List<Service> services) {
        StringBuilder file = new StringBuilder(Csv.line(List.of("Code", "name", "DEPARTMENT", "channels",
                "description")));
        for (Service s : services) {
            List<String> channels = new ArrayList<>();
            s.channels().forEach(c -> channels.add(c.name().toLowerCase().replace('_', ' ')));
            file.append(Csv.line(List.of(s.code(), s.name(), s.department(), String.join(";", channels),
                    s.description())));
        }
        CsvTable table = CsvTable.parse(file.toString());
        assertThat(table.rows()).hasSize(services.size());
        for (int i = 0; i < services.size(); i++) {
            ServiceRow row = ServiceRow.read(table.rows().get(i).cells());
            Service s = services.get(i);
            assertThat(row.errors()).as("row %s", i).isEmpty();
            assertThat(row.code()).isEqualTo(s.code());
            assertThat(row.name()).isEqualTo(s.name());
            assertThat(row.description()).isEqualTo(s.description());
            assertThat(row.channels()).isEqualTo(EnumSet.copyOf(s.channels()));
        }
    }

    @Property(tries = 300)
    void a_row_is_refused_exactly_when_a_field_breaks_a_rule(@ForAll("codes") String code,
                                                               @ForAll("channelTexts") String channels) {
        ServiceRow row = ServiceRow.read(java.util.Map.of("code", code, "name", "Padrón", "department", "Estadística",
                "channels", channels));
        boolean codeOk = code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*") && code.strip().length() <= 40;
        boolean channelsOk = !channels.isBlank() && java.util.Arrays.stream(channels.split("[;|]"))
                .filter(p -> !p.isBlank()).allMatch(p -> Channel.parse(p).isPresent());
        assertThat(row.errors().isEmpty()).isEqualTo(codeOk && channelsOk);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("aZ09._- ñ/").ofMinLength(0).ofMaxLength(45);
    }

    @Provide
    Arbitrary<String> channelTexts() {
        return Arbitraries.of("online", "ONLINE", "in person", "in_person", "In-Person", "phone", "mobile", "fax", "",
                " ", "email").list().ofMaxSize(4).map(l -> String.join(";", l));
    }

    @Property(tries = 1000)
    void satisfaction_is_accepted_exactly_from_zero_to_five(@ForAll @BigRange(min = "-10", max = "10") BigDecimal value) {
        boolean inRange = value.signum() >= 0 && value.compareTo(new BigDecimal(5)) <= 0;
        assertThat(Measure.SATISFACTION.refusal(value) == null).isEqualTo(inRange);
    }

    @Property(tries = 1000)
    void counts_are_accepted_exactly_when_whole_and_not_negative(@ForAll @BigRange(min = "-1000", max = "1000000")
                                                                 BigDecimal value) {
        boolean whole = value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
        assertThat(Measure.COMPLAINTS.refusal(value) == null).isEqualTo(whole);
    }
}
