package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Challenges, ideas and comments: {@code {ideaMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/ideaMsg.properties}
 * (English) and {@code messages/ideaMsg_es.properties}.
 */
@MessageBundle(value = "ideaMsg", locale = "en")
public interface IdeaMessages {

    String challenge_evidence_unit_required();
    String challenge_evidence_value_required();
    String challenge_merge_itself();
    String challenge_action_unknown();
    String challenge_status_unknown();

    String idea_tags_too_many(String max);
    String idea_coauthors_too_many(String max);
    String idea_coauthors_unknown(String name);
    String idea_coauthors_self();
    String idea_placement_both();
    String idea_challenge_not_theme();
    String idea_action_unknown();
    String idea_merge_itself();
    String idea_merge_other_event();
    String idea_state_unknown();
    String idea_sort_unknown();

    String comment_parent_unknown();

    String challenges_title();
    String challenges_lead();
    String challenges_new();
    String challenges_new_lead();
    String challenges_none();
    String challenges_record();

    String challenge_field_title();
    String challenge_field_title_hint();
    String challenge_field_service();
    String challenge_field_service_hint();
    String challenge_field_problem();
    String challenge_field_problem_hint();
    String challenge_field_affected();
    String challenge_field_evidence();
    String challenge_field_evidence_hint();
    String challenge_field_evidenceValue();
    String challenge_field_evidenceUnit();
    String challenge_field_evidenceUnit_hint();
    String challenge_field_department();
    String challenge_field_department_hint();
    String challenge_field_status();
    String challenge_field_reason();
    String challenge_field_into();
    String challenge_field_event();
    String challenge_field_body();
    String challenge_field_parentId();
    String challenge_field_action();
    String challenge_affected_CITIZENS();
    String challenge_affected_OFFICERS();
    String challenge_affected_BOTH();
    String challenge_affected_unknown();
    String challenge_status_OPEN();
    String challenge_status_ACCEPTED();
    String challenge_status_DECLINED();
    String challenge_status_MERGED();
    String challenge_recorded_by();
    String challenge_recorded_at();
    String challenge_figure();
    String challenge_plus_ones(String count);
    String challenge_plus_ones_header();
    String challenge_support();
    String challenge_unsupport();
    String challenge_ideas();
    String challenge_theme_of();
    String challenge_declined_because(String reason);
    String challenge_merged_into();
    String challenge_accept();
    String challenge_decline();
    String challenge_decline_reason();
    String challenge_merge();
    String challenge_merge_into();
    String challenge_merge_into_hint();
    String challenge_attach();
    String challenge_attach_event();

    String ideas_title();
    String ideas_new();
    String ideas_new_lead();
    String ideas_none();
    String ideas_export();

    String idea_box();
    String idea_field_placement();
    String idea_field_placement_hint();
    String idea_field_title();
    String idea_field_problem();
    String idea_field_problem_hint();
    String idea_field_solution();
    String idea_field_benefitCitizens();
    String idea_field_benefitOfficers();
    String idea_field_service();
    String idea_field_department();
    String idea_field_department_hint();
    String idea_field_tags();
    String idea_field_tags_hint();
    String idea_field_tag();
    String idea_field_coauthors();
    String idea_field_coauthors_hint();
    String idea_field_event();
    String idea_field_eventSlug();
    String idea_field_challengeId();
    String idea_field_state();
    String idea_field_version();
    String idea_field_reason();
    String idea_field_into();
    String idea_field_body();
    String idea_field_parentId();
    String idea_field_action();
    String idea_state_DRAFT();
    String idea_state_SUBMITTED();
    String idea_state_SHORTLISTED();
    String idea_state_DECLINED();
    String idea_state_MERGED();
    String idea_state_WITHDRAWN();
    String idea_state_PROMOTED();
    String idea_similar_check();
    String idea_similar_title();
    String idea_similar_lead();
    String idea_similar_none();
    String idea_submit_now();
    String idea_save_draft();
    String idea_edit();
    String idea_authors();
    String idea_supports(String count);
    String idea_supports_header();
    String idea_submitted_at();
    String idea_support();
    String idea_unsupport();
    String idea_declined_because(String reason);
    String idea_merged_into();
    String idea_invitation();
    String idea_invitation_accept();
    String idea_invitation_decline();
    String idea_action_SUBMIT();
    String idea_action_WITHDRAW();
    String idea_action_SHORTLIST();
    String idea_action_DECLINE();
    String idea_action_MERGE();
    String idea_decline_reason();
    String idea_merge_into();
    String idea_merge_into_hint();
    String idea_versions();
    String idea_version_by(String number, String name);

    String comment_title();
    String comment_none();
    String comment_count(String count);
    String comment_new();
    String comment_send();
    String comment_reply();
    String comment_reply_label();
    String comment_reply_send();
    String comment_edit();
    String comment_edit_label();
    String comment_edited();
    String comment_hidden();
    String comment_hide();

    String idea_promote();
}
