package org.semillero.idea;

import java.util.Optional;

/** An idea's life: drafted, submitted, then shortlisted, declined, merged, withdrawn or promoted. */
public enum IdeaState {
    DRAFT, SUBMITTED, SHORTLISTED, DECLINED, MERGED, WITHDRAWN, PROMOTED;

    public static Optional<IdeaState> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (IdeaState state : values()) {
            if (state.name().equals(name.strip())) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
