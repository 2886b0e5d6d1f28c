package org.semillero.event;

import static org.semillero.event.EventPhase.CLOSED;
import static org.semillero.event.EventPhase.DRAFT;
import static org.semillero.event.EventPhase.HACKING;
import static org.semillero.event.EventPhase.IDEATION;
import static org.semillero.event.EventPhase.RESULTS;
import static org.semillero.event.EventPhase.VOTING;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.semillero.shared.security.Roles;
import org.semillero.shared.web.DomainException;

/**
 * The one answer to "may this person do this action on this event now?". Services call
 * {@link #require} before every action; pages call {@link #decide} to show or hide buttons.
 */
@ApplicationScoped
public class EventPolicy {

    public enum Decision {
        ALLOWED,
        /** The event is not visible to this person at all (a draft, for non-organizers). */
        HIDDEN,
        FORBIDDEN,
        WRONG_PHASE
    }

    /** Actions any officer may take, and the phases in which they may. */
    private static final Map<EventAction, Set<EventPhase>> OFFICER_ACTIONS = Map.of(
            EventAction.VIEW, EnumSet.of(IDEATION, HACKING, VOTING, RESULTS, CLOSED),
            EventAction.PROPOSE_IDEA, EnumSet.of(IDEATION),
            EventAction.FORM_TEAM, EnumSet.of(IDEATION, HACKING),
            EventAction.SUBMIT_WORK, EnumSet.of(HACKING),
            EventAction.VOTE, EnumSet.of(VOTING),
            EventAction.VIEW_RESULTS, EnumSet.of(RESULTS, CLOSED),
            EventAction.EDIT_IDEA, EnumSet.of(IDEATION, HACKING),
            EventAction.SUPPORT_IDEA, EnumSet.of(IDEATION, HACKING),
            EventAction.SCORE, EnumSet.of(VOTING));

    /** Actions only organizers take, and the phases in which they may. */
    private static final Map<EventAction, Set<EventPhase>> ORGANIZER_ACTIONS = Map.of(
            EventAction.EDIT, EnumSet.of(DRAFT, IDEATION, HACKING, VOTING, RESULTS),
            EventAction.ADVANCE_PHASE, EnumSet.of(DRAFT, IDEATION, HACKING, VOTING, RESULTS),
            EventAction.STEP_BACK_PHASE, EnumSet.of(IDEATION, HACKING, VOTING, RESULTS, CLOSED),
            EventAction.MANAGE_THEMES, EnumSet.of(DRAFT, IDEATION),
            EventAction.MODERATE_IDEAS, EnumSet.of(IDEATION, HACKING, VOTING, RESULTS),
            EventAction.MANAGE_TEAMS, EnumSet.of(IDEATION, HACKING, VOTING, RESULTS),
            EventAction.REVIEW_SUBMISSIONS, EnumSet.of(HACKING, VOTING),
            EventAction.SET_UP_JURY, EnumSet.of(DRAFT, IDEATION, HACKING));

    public Decision decide(Set<String> roles, EventAction action, EventPhase phase) {
        if (!roles.contains(Roles.OFFICER)) {
            return Decision.FORBIDDEN;
        }
        boolean organizer = roles.contains(Roles.ORGANIZER);
        if (phase == DRAFT && !organizer) {
            return Decision.HIDDEN;
        }
        if (action == EventAction.VIEW) {
            return Decision.ALLOWED;
        }
        Set<EventPhase> phases = ORGANIZER_ACTIONS.get(action);
        if (phases != null) {
            if (!organizer) {
                return Decision.FORBIDDEN;
            }
            // Reopening the read-only archive, or voting once results are public, is an
            // administrator's decision: an organizer who could re-open and publish again would
            // learn a single late voter's ballot from the difference of two publications.
            if (action == EventAction.STEP_BACK_PHASE && (phase == CLOSED || phase == RESULTS)
                    && !roles.contains(Roles.ADMIN)) {
                return Decision.FORBIDDEN;
            }
            return phases.contains(phase) ? Decision.ALLOWED : Decision.WRONG_PHASE;
        }
        return OFFICER_ACTIONS.get(action).contains(phase) ? Decision.ALLOWED : Decision.WRONG_PHASE;
    }

    /** Creating an event is not tied to any event's phase: organizers may, nobody else. */
    public boolean mayCreate(Set<String> roles) {
        return roles.contains(Roles.OFFICER) && roles.contains(Roles.ORGANIZER);
    }

    public boolean allows(Set<String> roles, EventAction action, EventPhase phase) {
        return decide(roles, action, phase) == Decision.ALLOWED;
    }

    /** Throws the matching 404/403/409 unless the action is allowed. */
    public void require(Set<String> roles, EventAction action, EventPhase phase) {
        switch (decide(roles, action, phase)) {
            case ALLOWED -> { }
            case HIDDEN -> throw DomainException.notFound("event-not-found");
            case FORBIDDEN -> throw DomainException.forbidden("event-action-forbidden");
            case WRONG_PHASE -> throw new DomainException(DomainException.Kind.CONFLICT, "wrong-phase",
                    "problem.wrong-phase." + action.name());
        }
    }
}
