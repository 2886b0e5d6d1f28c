package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Teams and their submissions: {@code {teamMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/teamMsg.properties}
 * (English) and {@code messages/teamMsg_es.properties}.
 */
@MessageBundle(value = "teamMsg", locale = "en")
public interface TeamMessages {

    String team_name_taken();
    String team_roles_too_many(String max);
    String team_idea_unknown();
    String team_move_target();

    String submission_ideas_too_many(String max);
    String submission_url_invalid();
    String submission_status_unknown();

    String teams_title(String event);
    String teams_all();
    String teams_new();
    String teams_create();
    String teams_none();
    String teams_mine();
    String teams_back_to_event();
    String teams_overview();
    String teams_export();
    String teams_size_rule(String min, String max);
    String teams_members(String count, String max);
    String teams_members_header();
    String teams_needs(String count);
    String teams_full();
    String teams_ok();
    String teams_status();
    String teams_departments();
    String teams_locked();
    String teams_unlocked();
    String teams_lock();
    String teams_unlock();

    String team_field_name();
    String team_field_pitch();
    String team_field_pitch_hint();
    String team_field_openRoles();
    String team_field_openRoles_hint();
    String team_field_ideaId();
    String team_field_ideaId_hint();
    String team_field_ideaId_none();
    String team_field_message();
    String team_field_username();
    String team_field_username_hint();
    String team_field_skills();
    String team_field_skills_hint();
    String team_field_note();
    String team_field_reason();
    String team_lead();
    String team_edit();
    String team_leave();
    String team_make_lead();
    String team_remove();
    String team_apply();
    String team_apply_send();
    String team_applied();
    String team_invited_you();
    String team_request_accept();
    String team_request_decline();
    String team_request_withdraw();
    String team_request_kind_APPLICATION();
    String team_request_kind_INVITATION();
    String team_requests();
    String team_requests_none();
    String team_invite();
    String team_suggested_people();
    String team_organize();
    String team_move();
    String team_move_person();
    String team_move_to();
    String team_dissolve();
    String team_dissolve_reason();
    String team_dissolved();
    String team_idea_link();
    String team_history();
    String team_history_CREATED();
    String team_history_JOINED();
    String team_history_LEFT();
    String team_history_REMOVED();
    String team_history_LEAD_CHANGED();
    String team_history_MOVED_IN();
    String team_history_MOVED_OUT();
    String team_history_DISSOLVED();

    String submission_title();
    String submission_lead();
    String submission_field_title();
    String submission_field_summary();
    String submission_field_built();
    String submission_field_demoUrl();
    String submission_field_sourceUrl();
    String submission_field_url_hint();
    String submission_field_ideaIds();
    String submission_field_ideaIds_hint();
    String submission_field_ideaIds_none();
    String submission_field_challengeId();
    String submission_field_challengeId_hint();
    String submission_field_challengeId_none();
    String submission_field_version();
    String submission_status_DRAFT();
    String submission_status_FINAL();
    String submission_status_ACCEPTED();
    String submission_status_RETURNED();
    String submission_none_yet();
    String submission_write();
    String submission_edit();
    String submission_finalise();
    String submission_review_comment();
    String submission_accept();
    String submission_return();

    String submissions_review();
    String submissions_none();

    String submission_jury_comments();
}
