package org.semillero.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.semillero.idea.IdeaRules.Decision;
import org.semillero.idea.IdeaRules.Relation;

/**
 * Every state × action × role against a hand-written table. Columns are the states in order:
 * DRAFT SUBMITTED SHORTLISTED DECLINED MERGED WITHDRAWN PROMOTED. A allowed, F forbidden
 * (403), S invalid in this state (409).
 */
class IdeaRulesTest {

    private static final Map<String, Set<Relation>> ROLES = Map.of(
            "author", EnumSet.of(Relation.AUTHOR, Relation.OFFICER),
            "coauthor", EnumSet.of(Relation.COAUTHOR, Relation.OFFICER),
            "officer", EnumSet.of(Relation.OFFICER),
            "organizer", EnumSet.of(Relation.ORGANIZER, Relation.OFFICER),
            "organizer-author", EnumSet.of(Relation.AUTHOR, Relation.ORGANIZER, Relation.OFFICER));

    /** Rows: EDIT SUBMIT WITHDRAW SHORTLIST DECLINE MERGE SUPPORT COMMENT. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "author", List.of("AASSSSS", "ASSSSSS", "AAASSSS", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "SAAAAAA"),
            "coauthor", List.of("AASSSSS", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "SAAAAAA"),
            "officer", List.of("FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "FFFFFFF", "SAASSSS", "SAAAAAA"),
            "organizer", List.of("FFFFFFF", "FFFFFFF", "FFFFFFF", "SASSSSS", "SAASSSS", "SAASSSS", "SAASSSS", "SAAAAAA"),
            "organizer-author", List.of("AASSSSS", "ASSSSSS", "AAASSSS", "SASSSSS", "SAASSSS", "SAASSSS", "FFFFFFF",
                    "SAAAAAA"));

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (String role : ROLES.keySet()) {
            for (IdeaAction action : IdeaAction.values()) {
                for (IdeaState state : IdeaState.values()) {
                    char code = EXPECTED.get(role).get(action.ordinal()).charAt(state.ordinal());
                    cases.add(Arguments.of(role, action, state, switch (code) {
                        case 'A' -> Decision.ALLOWED;
                        case 'F' -> Decision.FORBIDDEN;
                        case 'S' -> Decision.INVALID_STATE;
                        default -> throw new IllegalArgumentException("bad code " + code);
                    }));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @MethodSource("everyCombination")
    void decides_every_state_action_and_role(String role, IdeaAction action, IdeaState state, Decision expected) {
        assertThat(IdeaRules.decide(ROLES.get(role), action, state)).isEqualTo(expected);
    }
}
