package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Notifications, the inbox, e-mail preferences and what is waiting for you: {@code {notificationMsg:key}}
 * in templates, checked by the build. Texts in {@code messages/notificationMsg.properties}
 * (English) and {@code messages/notificationMsg_es.properties}.
 */
@MessageBundle(value = "notificationMsg", locale = "en")
public interface NotificationMessages {

    String notification_type_COAUTHOR_INVITED(String person, String idea);
    String notification_type_COAUTHOR_ANSWERED(String person, String idea);
    String notification_type_COMMENT_REPLY(String person, String title);
    String notification_type_IDEA_SHORTLISTED(String idea);
    String notification_type_IDEA_DECLINED(String idea);
    String notification_type_IDEA_MERGED(String idea);
    String notification_type_TEAM_APPLICATION(String person, String team);
    String notification_type_TEAM_INVITATION(String person, String team);
    String notification_type_TEAM_REQUEST_ACCEPTED(String person, String team);
    String notification_type_TEAM_REQUEST_DECLINED(String person, String team);
    String notification_type_TEAM_REMOVED(String person, String team);
    String notification_type_TEAM_LEAD_HANDED_OVER(String person, String team);
    String notification_type_SUBMISSION_ACCEPTED(String title);
    String notification_type_SUBMISSION_RETURNED(String title);
    String notification_type_JUDGE_ASSIGNED(String event);
    String notification_type_PHASE_CHANGED(String event, String phase);
    String notification_type_VOTING_OPENED(String event);
    String notification_type_VOTING_CLOSING(String event);
    String notification_type_RESULTS_PUBLISHED(String event);
    String notification_type_PROMOTED(String title);
    String notification_type_PROJECT_NEWS(String title);
    String notification_type_WORKSHOP_CANCELLED(String workshop);
    String notification_type_WORKSHOP_PROMOTED(String workshop);

    String notification_nav();
    String notification_nav_unread(String count);

    String notification_inbox_title();

    String notification_unread(String count);

    String notification_none();

    String notification_only_unread();

    String notification_all();

    String notification_mark_all();

    String notification_open();

    String notification_new();

    String notification_more();

    String notification_preferences_link();
    String notification_preferences_title();
    String notification_preferences_lead();

    String notification_category_teams();
    String notification_category_ideas();
    String notification_category_events();
    String notification_category_jury();
    String notification_category_projects();
    String notification_category_workshops();

    String notification_delivery_IMMEDIATE();
    String notification_delivery_DAILY();
    String notification_delivery_WEEKLY();
    String notification_delivery_OFF();

    String notification_preferences_save();

    String notification_category_unknown();
    String notification_delivery_invalid();

    String waiting_title();

    String waiting_none();

    String waiting_application(String person, String team);

    String waiting_invitation(String team);

    String waiting_coauthor(String idea);

    String waiting_ballot(String event);

    String waiting_scoring(String count, String event);

    String waiting_review(String count, String event);

    String mail_greeting(String name);
    String mail_open();
    String mail_why();
    String mail_preferences();
    String mail_unsubscribe();
    String mail_digest_subject_DAILY(String count);
    String mail_digest_subject_WEEKLY(String count);
    String mail_digest_intro_DAILY();
    String mail_digest_intro_WEEKLY();

    String unsubscribe_title();
    String unsubscribe_lead();
    String unsubscribe_button();
    String unsubscribe_done();
    String unsubscribe_invalid();

    String outbox_title();
    String outbox_lead();
    String outbox_none();
    String outbox_to(String to);
    String outbox_kind_IMMEDIATE();
    String outbox_kind_DAILY();
    String outbox_kind_WEEKLY();
    String outbox_status_PENDING();
    String outbox_status_SENT();
    String outbox_status_FAILED();
    String outbox_status_SKIPPED();
}
