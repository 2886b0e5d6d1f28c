package org.semillero.comment;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.challenge.ChallengeService;
import org.semillero.idea.IdeaService;
import org.semillero.notification.NotificationType;
import org.semillero.notification.Notifications;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Actor;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.InOrder;
import org.semillero.shared.web.Keyset;
import org.semillero.shared.web.Validation;

/** Comments with one reply level, a short edit window for authors, and moderation by hiding. */
@ApplicationScoped
public class CommentService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int MAX_LENGTH = 4000;

    /** A comment as readers see it; a hidden one has no body. */
    public record View(long id, Long parentId, String author, String body, boolean hidden, boolean editable,
                       Instant createdAt, Instant editedAt, List<View> replies) {
    }

    private final IdeaService ideas;
    private final ChallengeService challenges;
    private final PersonService people;
    private final InstitutionClock clock;

    private final AuditLog audit;

    private final Notifications notifications;

    CommentService(IdeaService ideas, ChallengeService challenges, PersonService people, InstitutionClock clock, AuditLog audit,
                   Notifications notifications) {
        this.notifications = notifications;
        this.audit = audit;
        this.ideas = ideas;
        this.challenges = challenges;
        this.people = people;
        this.clock = clock;
    }

    /** Top-level comments oldest first, each with its replies. */
    public List<View> thread(Actor actor, CommentTarget target) {
        requireReadable(actor, target);
        return views(actor, Comment.list(column(target) + " = ?1 order by createdAt, id", target.id()));
    }

    /** A page of the thread: top-level comments oldest first ({@link Keyset}), each with all its replies. */
    public Keyset.Slice<View> threadPage(Actor actor, CommentTarget target, String cursor, int size) {
        requireReadable(actor, target);
        String column = target.kind() == CommentTarget.Kind.IDEA ? "c.idea_id" : "c.challenge_id";
        Keyset.Ids page = Keyset.ids(Panache.getEntityManager(),
                "from comment c where " + column + " = :target and c.parent_id is null", Map.of("target", target.id()),
                new Keyset.Order("oldest", "c.created_at", "timestamptz", false, "c.id"), cursor, size);
        List<Comment> top = InOrder.load(page.ids(), ids -> Comment.<Comment>list("id in ?1", ids), c -> c.id);
        List<Comment> all = new ArrayList<>(top);
        if (!top.isEmpty()) {
            all.addAll(Comment.list("parentId in ?1 order by createdAt, id", page.ids()));
        }
        return new Keyset.Slice<>(views(actor, all), page.next(), page.previous());
    }

    private static String column(CommentTarget target) {
        return target.kind() == CommentTarget.Kind.IDEA ? "ideaId" : "challengeId";
    }

    /** Views of the top-level comments among {@code all}, in their order, each with its replies from {@code all}. */
    private List<View> views(Actor actor, List<Comment> all) {
        Map<Long, String> names = people.displayNames(all.stream().map(c -> c.authorId).collect(Collectors.toSet()));
        Instant now = clock.now();
        Map<Long, List<View>> replies = new LinkedHashMap<>();
        for (Comment c : all) {
            if (c.parentId != null) {
                replies.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(view(c, names, actor, now, List.of()));
            }
        }
        return all.stream().filter(c -> c.parentId == null)
                .map(c -> view(c, names, actor, now, replies.getOrDefault(c.id, List.of()))).toList();
    }

    @Transactional
    public Comment add(Actor actor, CommentTarget target, Long parentId, String body) {
        String text = requireBody(body);
        requireWritable(actor, target);
        if (parentId != null) {
            Comment parent = Comment.<Comment>findByIdOptional(parentId)
                    .orElseThrow(() -> DomainException.invalid(List.of(FieldError.of("parentId", "comment.parent.unknown"))));
            if (parent.parentId != null || !Objects.equals(target.id(), targetIdOf(parent, target.kind()))) {
                throw DomainException.invalid(List.of(FieldError.of("parentId", "comment.parent.unknown")));
            }
        }
        Comment comment = new Comment();
        if (target.kind() == CommentTarget.Kind.IDEA) {
            comment.ideaId = target.id();
        } else {
            comment.challengeId = target.id();
        }
        comment.parentId = parentId;
        comment.authorId = actor.personId();
        comment.body = text;
        comment.createdAt = clock.now();
        comment.persist();
        adjustCount(target, 1);
        if (parentId != null) {
            Comment parent = Comment.findById(parentId);
            org.semillero.people.Person by = org.semillero.people.Person.findById(actor.personId());
            String page = (target.kind() == CommentTarget.Kind.IDEA ? "/ideas/" : "/challenges/") + target.id();
            notifications.send(actor.personId(), List.of(parent.authorId), NotificationType.COMMENT_REPLY, page,
                    Map.of("person", by == null ? "" : by.displayName, "title", titleOf(target)));
        }
        return comment;
    }

    private static String titleOf(CommentTarget target) {
        String table = target.kind() == CommentTarget.Kind.IDEA ? "idea" : "challenge";
        return (String) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select title from " + table + " where id = :id").setParameter("id", target.id())
                .getSingleResult();
    }

    /** Authors may fix their words for {@link #EDIT_WINDOW} after posting. */
    @Transactional
    public Comment edit(Actor actor, long commentId, String body) {
        String text = requireBody(body);
        Comment comment = lock(commentId);
        requireReadable(actor, targetOf(comment));
        if (comment.authorId != actor.personId()) {
            throw DomainException.forbidden("comment-not-yours");
        }
        if (comment.isHidden() || clock.now().isAfter(comment.createdAt.plus(EDIT_WINDOW))) {
            throw DomainException.conflict("comment-edit-closed");
        }
        if (!text.equals(comment.body)) {
            // The earlier words stay on record: an edit can change what a reply was answering.
            audit.record(actor.personId(), AuditAction.COMMENT_EDITED, subject(comment), Map.of("body", comment.body),
                    Map.of("body", text), null);
        }
        comment.body = text;
        comment.editedAt = clock.now();
        return comment;
    }

    /** Organizers hide a comment; it stays, shown as "hidden by a moderator". */
    @Transactional
    public Comment hide(Actor actor, long commentId) {
        if (!actor.isOrganizer()) {
            throw DomainException.forbidden("moderation-forbidden");
        }
        Comment comment = lock(commentId);
        if (!comment.isHidden()) {
            comment.hiddenAt = clock.now();
            comment.hiddenBy = actor.personId();
            adjustCount(targetOf(comment), -1);
            audit.record(actor.personId(), AuditAction.COMMENT_HIDDEN, subject(comment), Map.of("body", comment.body),
                    null, null);
        }
        return comment;
    }

    private static AuditLog.Subject subject(Comment comment) {
        return comment.ideaId != null ? AuditLog.Subject.of("comment", comment.id, "idea " + comment.ideaId)
                : AuditLog.Subject.of("comment", comment.id, "challenge " + comment.challengeId);
    }

    public CommentTarget targetOf(Comment comment) {
        return comment.ideaId != null ? CommentTarget.idea(comment.ideaId) : CommentTarget.challenge(comment.challengeId);
    }

    public Comment get(Actor actor, long commentId) {
        Comment comment = Comment.<Comment>findByIdOptional(commentId)
                .orElseThrow(() -> DomainException.notFound("comment-not-found"));
        requireReadable(actor, targetOf(comment));
        return comment;
    }

    private View view(Comment c, Map<Long, String> names, Actor actor, Instant now, List<View> replies) {
        boolean editable = !c.isHidden() && c.authorId == actor.personId() && !now.isAfter(c.createdAt.plus(EDIT_WINDOW));
        return new View(c.id, c.parentId, names.getOrDefault(c.authorId, ""), c.isHidden() ? null : c.body,
                c.isHidden(), editable, c.createdAt, c.editedAt, replies);
    }

    private void requireReadable(Actor actor, CommentTarget target) {
        if (target.kind() == CommentTarget.Kind.IDEA) {
            ideas.get(actor, target.id());
        } else {
            challenges.get(target.id());
        }
    }

    private void requireWritable(Actor actor, CommentTarget target) {
        if (target.kind() == CommentTarget.Kind.IDEA) {
            ideas.requireCommentable(actor, target.id());
        } else {
            challenges.get(target.id());
        }
    }

    private static Long targetIdOf(Comment comment, CommentTarget.Kind kind) {
        return kind == CommentTarget.Kind.IDEA ? comment.ideaId : comment.challengeId;
    }

    private static void adjustCount(CommentTarget target, int delta) {
        Panache.getEntityManager().createNativeQuery("update " + target.table()
                        + " set comment_count = comment_count + :delta where id = :id")
                .setParameter("delta", delta).setParameter("id", target.id()).executeUpdate();
    }

    private static Comment lock(long id) {
        Comment comment = Comment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw DomainException.notFound("comment-not-found");
        }
        return comment;
    }

    private static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid(List.of(FieldError.of("body", "validation.required")));
        }
        if (body.strip().length() > MAX_LENGTH) {
            throw DomainException.invalid(List.of(new FieldError("body", "validation.size.max", Map.of("max", MAX_LENGTH))));
        }
        Validation.requireStorable("body", body);
        return body.strip();
    }
}
