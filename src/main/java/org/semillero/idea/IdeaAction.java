package org.semillero.idea;

import java.util.Optional;

/** What someone may do to an idea; {@link IdeaRules} says who and in which state. */
public enum IdeaAction {
    EDIT, SUBMIT, WITHDRAW, SHORTLIST, DECLINE, MERGE, SUPPORT, COMMENT;

    public static Optional<IdeaAction> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (IdeaAction action : values()) {
            if (action.name().equals(name.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
