package org.semillero.team;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.Event;
import org.semillero.event.EventAction;
import org.semillero.event.EventPhase;
import org.semillero.event.EventPolicy;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.shared.activity.ActivityLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.Instants;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Validation;

/**
 * Submissions: members write during hacking, the lead marks final (only at the minimum
 * size), everything freezes when voting starts, and organizers accept or return them.
 */
@ApplicationScoped
public class SubmissionService {

    private final TeamService teams;
    private final EventPolicy policy;
    private final ChallengeService challenges;
    private final Validation validation;
    private final InstitutionClock clock;
    private final ActivityLog activity;

    private final AuditLog audit;

    private final Notifications notifications;

    SubmissionService(TeamService teams, EventPolicy policy, ChallengeService challenges, Validation validation,
                      InstitutionClock clock, ActivityLog activity, AuditLog audit, Notifications notifications) {
        this.notifications = notifications;
        this.audit = audit;
        this.teams = teams;
        this.policy = policy;
        this.challenges = challenges;
        this.validation = validation;
        this.clock = clock;
        this.activity = activity;
    }

    /** What a person may read of a team's submission. */
    public enum Access {
        /** Nothing: it does not exist for them (answered as "not found"). */
        NONE,
        /** The entry as it stands on the ballot: no organizers' review comment. */
        PUBLISHED,
        /** Everything, drafts and the organizers' review included: members and organizers. */
        FULL
    }

    /**
     * A team's submission, if it has one and this person may read it: unfinished work (draft,
     * final, returned) only to the team's members and organizers; an accepted entry also to
     * the event's judges, and to everyone once voting has started.
     */
    public Submission ofTeam(Actor actor, long teamId) {
        Team team = teams.get(actor, teamId);
        Submission submission = Submission.find("teamId", team.id).firstResult();
        return submission == null || access(actor, team, submission) == Access.NONE ? null : submission;
    }

    public Access access(Actor actor, Team team, Submission submission) {
        if (actor.isOrganizer() || TeamService.isMember(team, actor.personId())) {
            return Access.FULL;
        }
        if (submission.status != Submission.Status.ACCEPTED) {
            return Access.NONE;
        }
        Event event = Event.findById(submission.eventId);
        boolean ballotOpen = event.phase == EventPhase.VOTING || event.phase == EventPhase.RESULTS
                || event.phase == EventPhase.CLOSED;
        boolean judge = !Panache.getEntityManager().createNativeQuery(
                        "select 1 from judge where event_id = :e and person_id = :p")
                .setParameter("e", event.id).setParameter("p", actor.personId()).getResultList().isEmpty();
        return ballotOpen || judge ? Access.PUBLISHED : Access.NONE;
    }

    /** A final submission waiting for an organizer's review, with where it belongs. */
    public record Pending(long id, String title, String teamName, String eventSlug, String eventTitle, Instant finalizedAt) {
    }

    /** Every final submission waiting for review, in events still running, oldest first; organizers only. */
    public List<Pending> awaitingReview(Actor actor) {
        if (!actor.isOrganizer()) {
            return List.of();
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery("""
                select s.id, s.title, t.name, e.slug, e.title, s.finalized_at
                from submission s join team t on t.id = s.team_id join event e on e.id = s.event_id
                where s.status = 'FINAL' and e.phase in ('IDEATION', 'HACKING', 'VOTING')
                order by s.finalized_at nulls last, s.id""").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Pending(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], Instants.of(r[5]))).toList();
    }

    /** An event's submissions: every one for organizers; otherwise only accepted ones, once voting starts. */
    public List<Submission> ofEvent(Actor actor, Event event, Submission.Status status) {
        if (!actor.isOrganizer()) {
            boolean ballotOpen = event.phase == EventPhase.VOTING || event.phase == EventPhase.RESULTS
                    || event.phase == EventPhase.CLOSED;
            if (!ballotOpen || (status != null && status != Submission.Status.ACCEPTED)) {
                return List.of();
            }
            status = Submission.Status.ACCEPTED;
        }
        return status == null
                ? Submission.list("eventId = ?1 order by finalizedAt nulls last, id", event.id)
                : Submission.list("eventId = ?1 and status = ?2 order by finalizedAt nulls last, id", event.id, status);
    }

    public List<FieldError> problemsOf(TeamInputs.SubmissionInput input, Event event) {
        List<FieldError> errors = new ArrayList<>(validation.check(input));
        checkUrl("demoUrl", input.demoUrl(), errors);
        checkUrl("sourceUrl", input.sourceUrl(), errors);
        if (input.challengeId() != null && !challenges.isThemeOf(event.id, input.challengeId())) {
            errors.add(FieldError.of("challengeId", "idea.challenge.not-theme"));
        }
        if (input.ideaIds() != null) {
            for (Long ideaId : input.ideaIds()) {
                if (ideaId == null || Panache.getEntityManager().createNativeQuery(
                        "select 1 from idea where id = :i and state <> 'DRAFT'").setParameter("i", ideaId)
                        .getResultList().isEmpty()) {
                    errors.add(FieldError.of("ideaIds", "team.idea.unknown"));
                    break;
                }
            }
        }
        return errors;
    }

    /** Creates or updates the team's submission; any member may, during hacking, until it is accepted. */
    @Transactional
    public Submission save(Actor actor, long teamId, TeamInputs.SubmissionInput input) {
        Team team = lockTeamOfMember(actor, teamId);
        Event event = teams.eventOf(actor, team);
        policy.require(actor.roles(), EventAction.SUBMIT_WORK, event.phase);
        List<FieldError> errors = problemsOf(input, event);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Submission submission = Submission.find("teamId", team.id).firstResult();
        Instant now = clock.now();
        if (submission == null) {
            submission = new Submission();
            submission.teamId = team.id;
            submission.eventId = event.id;
            submission.createdAt = now;
        } else {
            if (submission.status == Submission.Status.ACCEPTED) {
                throw DomainException.conflict("submission-accepted");
            }
            if (input.version() != null && input.version() != submission.version) {
                throw DomainException.conflict("stale-version");
            }
        }
        submission.title = input.title().strip();
        submission.summary = input.summary().strip();
        submission.built = Objects.requireNonNullElse(input.built(), "").strip();
        submission.demoUrl = blankToNull(input.demoUrl());
        submission.sourceUrl = blankToNull(input.sourceUrl());
        submission.challengeId = input.challengeId();
        submission.ideaIds.clear();
        if (input.ideaIds() != null) {
            submission.ideaIds.addAll(input.ideaIds());
        }
        submission.updatedAt = now;
        submission.persist();
        Panache.getEntityManager().flush();
        return submission;
    }

    /** The lead marks the submission final; a team below the minimum size cannot. */
    @Transactional
    public Submission finalise(Actor actor, long teamId) {
        Team team = lockTeamOfMember(actor, teamId);
        if (!Objects.equals(team.leadId, actor.personId())) {
            throw DomainException.forbidden("team-lead-only");
        }
        Event event = teams.eventOf(actor, team);
        policy.require(actor.roles(), EventAction.SUBMIT_WORK, event.phase);
        Submission submission = Submission.find("teamId", team.id).firstResult();
        if (submission == null) {
            throw DomainException.conflict("submission-missing");
        }
        if (submission.status == Submission.Status.FINAL || submission.status == Submission.Status.ACCEPTED) {
            throw DomainException.conflict("submission-final");
        }
        if (TeamService.memberCount(team) < event.teamSizeMin) {
            throw DomainException.conflict("team-too-small");
        }
        submission.status = Submission.Status.FINAL;
        submission.finalizedAt = clock.now();
        submission.updatedAt = submission.finalizedAt;
        activity.record(actor.personId(), "SUBMISSION_FINAL", submission.title, "/teams/" + team.id);
        return submission;
    }

    /** Organizers accept a final submission for the ballot, or return it with a comment. */
    @Transactional
    public Submission review(Actor actor, long submissionId, boolean accept, String comment) {
        Submission submission = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (submission == null) {
            throw DomainException.notFound("submission-not-found");
        }
        Team team = teams.get(actor, submission.teamId);
        Event event = teams.eventOf(actor, team);
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        policy.require(actor.roles(), EventAction.REVIEW_SUBMISSIONS, event.phase);
        if (submission.status != Submission.Status.FINAL) {
            throw DomainException.conflict("submission-not-final");
        }
        Map<String, Object> before = review(submission);
        if (!accept) {
            submission.reviewComment = org.semillero.shared.web.Reasons.require(comment);
            submission.status = Submission.Status.RETURNED;
        } else {
            submission.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
            submission.status = Submission.Status.ACCEPTED;
        }
        submission.reviewedBy = actor.personId();
        submission.reviewedAt = clock.now();
        audit.record(actor.personId(), AuditAction.SUBMISSION_REVIEWED,
                AuditLog.Subject.of("submission", submission.id, submission.title), before, review(submission),
                submission.reviewComment);
        notifications.fanOut(actor.personId(), "select person_id from team_member where team_id = :team",
                Map.of("team", team.id), accept ? NotificationType.SUBMISSION_ACCEPTED : NotificationType.SUBMISSION_RETURNED,
                "/teams/" + team.id, Map.of("title", submission.title));
        return submission;
    }

    private static Map<String, Object> review(Submission submission) {
        Map<String, Object> review = new java.util.LinkedHashMap<>();
        review.put("status", submission.status);
        review.put("comment", submission.reviewComment);
        return review;
    }

    private Team lockTeamOfMember(Actor actor, long teamId) {
        Team team = Team.findById(teamId, LockModeType.PESSIMISTIC_WRITE);
        if (team == null) {
            throw DomainException.notFound("team-not-found");
        }
        teams.eventOf(actor, team);
        if (team.isDissolved()) {
            throw DomainException.conflict("team-dissolved");
        }
        if (teams.members(team).stream().noneMatch(m -> m.personId() == actor.personId())) {
            throw DomainException.forbidden("team-members-only");
        }
        return team;
    }

    private static void checkUrl(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                errors.add(FieldError.of(field, "submission.url.invalid"));
            }
        } catch (URISyntaxException e) {
            errors.add(FieldError.of(field, "submission.url.invalid"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
