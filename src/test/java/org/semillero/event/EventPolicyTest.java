package org.semillero.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.semillero.event.EventPolicy.Decision;

/**
 * Every action × phase × role, against a table written out by hand from PRODUCT.md.
 * Columns: DRAFT IDEATION HACKING VOTING RESULTS CLOSED. A allowed, H hidden (404),
 * F forbidden (403), P wrong phase (409).
 */
class EventPolicyTest {

    private static final Map<String, Set<String>> ROLES = Map.of(
            "anonymous", Set.of(),
            "officer", Set.of("officer"),
            "innovation-office", Set.of("officer", "innovation-office"),
            "organizer", Set.of("officer", "organizer"),
            "admin", Set.of("officer", "organizer", "innovation-office", "admin"));

    private static final Map<String, Map<EventAction, String>> EXPECTED = Map.of(
            "anonymous", table("FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF",
                    "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF", "FFFFFF"),
            "officer", table("HAAAAA", "HFFFFF", "HFFFFF", "HFFFFF", "HAPPPP", "HAAPPP", "HPAPPP", "HPPAPP", "HPPPAA",
                    "HFFFFF", "HAAPPP", "HFFFFF", "HAAPPP", "HFFFFF", "HFFFFF", "HFFFFF", "HPPAPP"),
            "innovation-office", table("HAAAAA", "HFFFFF", "HFFFFF", "HFFFFF", "HAPPPP", "HAAPPP", "HPAPPP", "HPPAPP", "HPPPAA",
                    "HFFFFF", "HAAPPP", "HFFFFF", "HAAPPP", "HFFFFF", "HFFFFF", "HFFFFF", "HPPAPP"),
            "organizer", table("AAAAAA", "AAAAAP", "AAAAAP", "PAAAFF", "PAPPPP", "PAAPPP", "PPAPPP", "PPPAPP", "PPPPAA",
                    "AAPPPP", "PAAPPP", "PAAAAP", "PAAPPP", "PAAAAP", "PPAAPP", "AAAPPP", "PPPAPP"),
            "admin", table("AAAAAA", "AAAAAP", "AAAAAP", "PAAAAA", "PAPPPP", "PAAPPP", "PPAPPP", "PPPAPP", "PPPPAA",
                    "AAPPPP", "PAAPPP", "PAAAAP", "PAAPPP", "PAAAAP", "PPAAPP", "AAAPPP", "PPPAPP"));

    private final EventPolicy policy = new EventPolicy();

    /**
     * Rows in the order of {@link EventAction}: VIEW EDIT ADVANCE STEP_BACK PROPOSE FORM_TEAM SUBMIT VOTE
     * RESULTS, then MANAGE_THEMES EDIT_IDEA MODERATE_IDEAS SUPPORT_IDEA MANAGE_TEAMS REVIEW_SUBMISSIONS
     * SET_UP_JURY SCORE.
     */
    private static Map<EventAction, String> table(String... rows) {
        assertThat(rows).hasSize(EventAction.values().length);
        Map<EventAction, String> table = new java.util.EnumMap<>(EventAction.class);
        for (int i = 0; i < rows.length; i++) {
            table.put(EventAction.values()[i], rows[i]);
        }
        return table;
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (String role : ROLES.keySet()) {
            for (EventAction action : EventAction.values()) {
                for (EventPhase phase : EventPhase.values()) {
                    char code = EXPECTED.get(role).get(action).charAt(phase.ordinal());
                    cases.add(Arguments.of(role, action, phase, switch (code) {
                        case 'A' -> Decision.ALLOWED;
                        case 'H' -> Decision.HIDDEN;
                        case 'F' -> Decision.FORBIDDEN;
                        case 'P' -> Decision.WRONG_PHASE;
                        default -> throw new IllegalArgumentException("bad code " + code);
                    }));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @MethodSource("everyCombination")
    void decides_every_action_phase_and_role(String role, EventAction action, EventPhase phase, Decision expected) {
        assertThat(policy.decide(ROLES.get(role), action, phase)).isEqualTo(expected);
    }

    @Test
    void only_organizers_and_admins_create_events() {
        assertThat(ROLES.keySet()).allSatisfy(role -> assertThat(policy.mayCreate(ROLES.get(role)))
                .as(role).isEqualTo(role.equals("organizer") || role.equals("admin")));
    }

    @Test
    void the_table_covers_every_combination() {
        assertThat(everyCombination().count())
                .isEqualTo((long) ROLES.size() * EventAction.values().length * EventPhase.values().length);
    }
}
