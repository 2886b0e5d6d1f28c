package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * One-shot confirmations after a form is sent: {@code {flashMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/flashMsg.properties}
 * (English) and {@code messages/flashMsg_es.properties}.
 */
@MessageBundle(value = "flashMsg", locale = "en")
public interface FlashMessages {

    String flash_event_created();
    String flash_event_updated();
    String flash_event_phase_changed();
    String flash_profile_saved();
    String flash_error_stale_version();
    String flash_challenge_recorded();
    String flash_challenge_supported();
    String flash_challenge_unsupported();
    String flash_challenge_reviewed();
    String flash_challenge_attached();
    String flash_idea_drafted();
    String flash_idea_submitted();
    String flash_idea_saved();
    String flash_idea_changed();
    String flash_idea_submit();
    String flash_idea_withdraw();
    String flash_idea_shortlist();
    String flash_idea_decline();
    String flash_idea_merge();
    String flash_idea_supported();
    String flash_idea_unsupported();
    String flash_idea_invitation_answered();
    String flash_error_stale_idea();
    String flash_comment_posted();
    String flash_comment_saved();
    String flash_comment_hidden();
    String flash_team_created();
    String flash_team_saved();
    String flash_team_applied();
    String flash_team_invited();
    String flash_team_request_accept();
    String flash_team_request_decline();
    String flash_team_request_withdraw();
    String flash_team_left();
    String flash_team_removed();
    String flash_team_lead_changed();
    String flash_team_moved();
    String flash_team_dissolved();
    String flash_team_locked();
    String flash_team_unlocked();
    String flash_team_seeking();
    String flash_team_not_seeking();
    String flash_submission_saved();
    String flash_submission_final();
    String flash_submission_accepted();
    String flash_submission_returned();
    String flash_ballot_saved();
    String flash_jury_saved();
    String flash_jury_scored();
    String flash_jury_recused();
    String flash_results_awarded();
    String flash_project_promoted();
    String flash_project_already();
    String flash_project_saved();
    String flash_project_moved();
    String flash_project_following();
    String flash_project_unfollowed();
    String flash_notification_all_read();
    String flash_notification_preferences_saved();
    String flash_profile_calendar_renewed();
    String flash_profile_calendar_off();
    String flash_workshop_created();
    String flash_workshop_saved();
    String flash_workshop_cancelled();
    String flash_workshop_registered();
    String flash_workshop_unregistered();
    String flash_workshop_checked_in();
    String flash_workshop_feedback();
    String flash_workshop_attendance();
}
