package org.semillero.backlog;

import java.util.Optional;

/** Where a project stands; STOPPED can be reached from any stage. */
public enum ProjectStage {
    PROPOSED, APPROVED, IN_PROGRESS, PILOT, DELIVERED, SCALED, STOPPED;

    /** The next stage on the normal path, if any. */
    public Optional<ProjectStage> next() {
        return switch (this) {
            case PROPOSED -> Optional.of(APPROVED);
            case APPROVED -> Optional.of(IN_PROGRESS);
            case IN_PROGRESS -> Optional.of(PILOT);
            case PILOT -> Optional.of(DELIVERED);
            case DELIVERED -> Optional.of(SCALED);
            default -> Optional.empty();
        };
    }

    public static Optional<ProjectStage> parse(String name) {
        for (ProjectStage stage : values()) {
            if (stage.name().equals(name == null ? "" : name.strip())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
