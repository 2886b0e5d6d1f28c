package org.semillero.notification;

/**
 * Everything Semillero tells people about, each with its own message
 * ({@code notification.type.<TYPE>} in the notification bundle) and category.
 */
public enum NotificationType {
    COAUTHOR_INVITED(Category.IDEAS),
    COAUTHOR_ANSWERED(Category.IDEAS),
    COMMENT_REPLY(Category.IDEAS),
    IDEA_SHORTLISTED(Category.IDEAS),
    IDEA_DECLINED(Category.IDEAS),
    IDEA_MERGED(Category.IDEAS),
    TEAM_APPLICATION(Category.TEAMS),
    TEAM_INVITATION(Category.TEAMS),
    TEAM_REQUEST_ACCEPTED(Category.TEAMS),
    TEAM_REQUEST_DECLINED(Category.TEAMS),
    TEAM_REMOVED(Category.TEAMS),
    TEAM_LEAD_HANDED_OVER(Category.TEAMS),
    SUBMISSION_ACCEPTED(Category.TEAMS),
    SUBMISSION_RETURNED(Category.TEAMS),
    JUDGE_ASSIGNED(Category.JURY),
    PHASE_CHANGED(Category.EVENTS),
    VOTING_OPENED(Category.EVENTS),
    VOTING_CLOSING(Category.EVENTS),
    RESULTS_PUBLISHED(Category.EVENTS),
    PROMOTED(Category.PROJECTS),
    PROJECT_NEWS(Category.PROJECTS),
    WORKSHOP_CANCELLED(Category.WORKSHOPS),
    WORKSHOP_PROMOTED(Category.WORKSHOPS);

    public final Category category;

    NotificationType(Category category) {
        this.category = category;
    }
}
