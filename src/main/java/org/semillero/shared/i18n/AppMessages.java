package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Shared texts: layout, forms, validation, home, profile, people pickers, lists, dashboard and board, review, certificates, activity: {@code {msg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/msg.properties}
 * (English) and {@code messages/msg_es.properties}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    String layout_skip();
    String layout_nav();
    String layout_menu();
    String layout_home();
    String layout_events();
    String layout_profile();
    String layout_api();
    String layout_language();
    String layout_language_apply();
    String layout_signed_in_as(String name);
    String layout_sign_in();
    String layout_sign_out();
    String layout_account();
    String layout_footer();

    String form_required();
    String form_save();
    String form_cancel();
    String form_errors_title();

    String validation_required();
    String validation_boolean();
    String validation_size_max(String max);
    String validation_size_range(String min, String max);
    String validation_min(String value);
    String validation_max(String value);
    String validation_number();
    String validation_date();
    String validation_wrong_type();
    String validation_unknown_field();

    String error_back_home();

    String role_officer();
    String role_organizer();
    String role_innovation_office();
    String role_signal_feeder();
    String role_admin();

    String welcome_title();
    String welcome_lead();
    String welcome_listen();
    String welcome_listen_text();
    String welcome_innovate();
    String welcome_innovate_text();
    String welcome_grow();
    String welcome_grow_text();

    String home_title();
    String home_hello(String name);
    String home_current();
    String home_current_none();
    String home_drafts();
    String home_drafts_none();
    String home_activity();
    String home_activity_none();

    String activity_EVENT_CREATED();
    String activity_EVENT_UPDATED();
    String activity_EVENT_PHASE_CHANGED();
    String activity_PROFILE_UPDATED();

    String pager_label();
    String pager_previous();
    String pager_next();
    String pager_newer();
    String pager_older();

    String profile_title();
    String profile_name();
    String profile_email();
    String profile_roles();
    String profile_field_department();
    String profile_department_managed();
    String profile_field_skills();
    String profile_skills_hint();
    String profile_skills_too_many(String max);
    String profile_field_preferredLanguage();
    String profile_language_browser();
    String profile_language_unsupported();

    String activity_CHALLENGE_RECORDED();
    String activity_CHALLENGE_ACCEPTED();
    String activity_CHALLENGE_DECLINED();
    String activity_CHALLENGE_MERGED();
    String activity_CHALLENGE_ATTACHED();
    String activity_IDEA_DRAFTED();
    String activity_IDEA_SUBMITTED();
    String activity_IDEA_EDITED();
    String activity_IDEA_SUBMIT();
    String activity_IDEA_WITHDRAW();
    String activity_IDEA_SHORTLIST();
    String activity_IDEA_DECLINE();
    String activity_IDEA_MERGE();

    String layout_challenges();
    String layout_ideas();
    String layout_review();

    String list_total(String count);

    String search_label();
    String search_apply();

    String filter_any();

    String sort_label();
    String sort_default();
    String sort_newest();
    String sort_supported();
    String sort_commented();

    String validation_decimal();

    String review_title();
    String review_challenges(String count);
    String review_challenges_none();
    String review_ideas(String count);
    String review_ideas_none();
    String review_ideas_more();
    String review_submissions(String count);
    String review_submissions_none();
    String review_submissions_team();
    String review_submissions_event();
    String review_submissions_final_at();

    String home_waiting();
    String home_waiting_invited();
    String home_quick();

    String activity_TEAM_CREATED();
    String activity_SUBMISSION_FINAL();

    String board_title();
    String board_me();
    String board_available();
    String board_update();
    String board_stop();
    String board_in_team();
    String board_suggested();
    String board_suggested_none();
    String board_matches();
    String board_seekers();
    String board_seekers_none();

    String home_teams();
    String home_teams_invited();

    String activity_PROJECT_PROMOTED();

    String layout_projects();
    String layout_dashboard();


    String profile_took_part();
    String profile_took_part_none();
    String profile_took_part_CHALLENGE();
    String profile_took_part_IDEA();
    String profile_took_part_TEAM();
    String profile_took_part_JUDGE();
    String profile_took_part_PROJECT();

    String certificate_index();
    String certificate_none();
    String certificate_title();
    String certificate_certifies();
    String certificate_took_part(String event);
    String certificate_issued();
    String certificate_role_MEMBER();
    String certificate_role_LEAD();
    String certificate_role_JUDGE();
    String certificate_role_IDEA_AUTHOR();

    String validation_choice();
    String validation_period();
    String validation_day();
    String validation_cursor();
    String validation_range(String min, String max);

    String form_errors_prefix();

    String layout_audit();

    String picker_find();
    String picker_hint();
    String picker_search();
    String picker_none(String query);
    String picker_choose();

    String person_unknown();

    String picker_nobody();

    String validation_characters();

    String account_title();
    String profile_calendar();
    String profile_calendar_lead();
    String profile_calendar_address();
    String profile_calendar_on();
    String profile_calendar_renew();
    String profile_calendar_off();
}
