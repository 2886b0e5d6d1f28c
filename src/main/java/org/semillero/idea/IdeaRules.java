package org.semillero.idea;

import static org.semillero.idea.IdeaState.DRAFT;
import static org.semillero.idea.IdeaState.SHORTLISTED;
import static org.semillero.idea.IdeaState.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The idea state machine as data: for each action, who may take it and from which states.
 * An organizer who is also the author has both sets of rights.
 */
public final class IdeaRules {

    /** How the person relates to the idea. */
    public enum Relation {
        AUTHOR, COAUTHOR, ORGANIZER, OFFICER
    }

    public enum Decision {
        ALLOWED, FORBIDDEN, INVALID_STATE
    }

    private record Rule(Set<Relation> who, Set<IdeaState> from) {
    }

    private static final Map<IdeaAction, Rule> RULES = Map.of(
            IdeaAction.EDIT, new Rule(EnumSet.of(Relation.AUTHOR, Relation.COAUTHOR), EnumSet.of(DRAFT, SUBMITTED)),
            IdeaAction.SUBMIT, new Rule(EnumSet.of(Relation.AUTHOR), EnumSet.of(DRAFT)),
            IdeaAction.WITHDRAW, new Rule(EnumSet.of(Relation.AUTHOR), EnumSet.of(DRAFT, SUBMITTED, SHORTLISTED)),
            IdeaAction.SHORTLIST, new Rule(EnumSet.of(Relation.ORGANIZER), EnumSet.of(SUBMITTED)),
            IdeaAction.DECLINE, new Rule(EnumSet.of(Relation.ORGANIZER), EnumSet.of(SUBMITTED, SHORTLISTED)),
            IdeaAction.MERGE, new Rule(EnumSet.of(Relation.ORGANIZER), EnumSet.of(SUBMITTED, SHORTLISTED)),
            IdeaAction.SUPPORT, new Rule(EnumSet.of(Relation.OFFICER, Relation.ORGANIZER), EnumSet.of(SUBMITTED, SHORTLISTED)),
            IdeaAction.COMMENT, new Rule(EnumSet.allOf(Relation.class),
                    EnumSet.complementOf(EnumSet.of(DRAFT))));

    private IdeaRules() {
    }

    /**
     * @param relations every way the person relates to the idea (e.g. AUTHOR and ORGANIZER);
     *                  SUPPORT is refused to authors and co-authors whatever else they are
     */
    public static Decision decide(Set<Relation> relations, IdeaAction action, IdeaState state) {
        Rule rule = RULES.get(action);
        boolean ownIdea = relations.contains(Relation.AUTHOR) || relations.contains(Relation.COAUTHOR);
        boolean who = action == IdeaAction.SUPPORT
                ? !ownIdea && relations.stream().anyMatch(rule.who()::contains)
                : relations.stream().anyMatch(rule.who()::contains);
        if (!who) {
            return Decision.FORBIDDEN;
        }
        return rule.from().contains(state) ? Decision.ALLOWED : Decision.INVALID_STATE;
    }
}
