package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Events, their phases, the ballot, the jury and the results: {@code {eventMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/eventMsg.properties}
 * (English) and {@code messages/eventMsg_es.properties}.
 */
@MessageBundle(value = "eventMsg", locale = "en")
public interface EventMessages {

    String phase_DRAFT();
    String phase_IDEATION();
    String phase_HACKING();
    String phase_VOTING();
    String phase_RESULTS();
    String phase_CLOSED();

    String events_title();
    String events_new();
    String events_none();

    String event_phase();
    String event_plan();
    String event_team_size();
    String event_team_size_value(String min, String max);
    String event_votes();
    String event_votes_value(String budget, String perEntry);
    String event_manage();
    String event_edit();
    String event_form_about();
    String event_form_dates();
    String event_form_dates_hint();
    String event_form_rules();
    String event_form_create();
    String event_field_title();
    String event_field_slug();
    String event_field_slug_hint();
    String event_field_description();
    String event_field_description_hint();
    String event_field_ideationStartsAt();
    String event_field_hackingStartsAt();
    String event_field_votingStartsAt();
    String event_field_resultsAt();
    String event_field_closesAt();
    String event_field_teamSizeMin();
    String event_field_teamSizeMax();
    String event_field_voteBudget();
    String event_field_voteBudget_hint();
    String event_field_maxVotesPerEntry();
    String event_field_reason();
    String event_field_version();
    String event_slug_format();
    String event_slug_taken();
    String event_slug_immutable();
    String event_dates_order();
    String event_team_size_range();
    String event_votes_per_entry();
    String event_phase_unknown();
    String event_phase_advance(String phase);
    String event_phase_step_back(String phase);
    String event_phase_reason();
    String event_phase_reason_hint();
    String event_phase_reason_required();
    String event_timeline();
    String event_timeline_empty();
    String event_timeline_move(String from, String to);
    String event_timeline_by(String name);
    String event_timeline_by_schedule();
    String event_themes();
    String event_themes_none();
    String event_themes_ideas();
    String event_ideas();
    String event_teams();
    String event_teams_link();

    String vote_per_entry(String max);
    String vote_own_team();
    String vote_over_budget(String budget);

    String ballot_title();
    String ballot_rules(String budget, String max);
    String ballot_used(String used, String left);
    String ballot_secret();
    String ballot_empty();
    String ballot_points();
    String ballot_save();
    String ballot_closed();
    String ballot_closed_results();
    String ballot_not_yet();
    String ballot_final();
    String ballot_entry();

    String vote_entry_unknown();
    String vote_field_points();

    String event_ballot();

    String jury_weights_sum();
    String jury_normalisation_unknown();
    String jury_tie_break_unknown();
    String jury_comments_unknown();
    String jury_criterion_taken();
    String jury_criterion_unknown();
    String jury_score_range();

    String results_award_unknown();

    String jury_title();
    String jury_method();
    String jury_method_current(String jury, String votes);
    String jury_field_juryWeight();
    String jury_field_juryWeight_hint();
    String jury_field_voteWeight();
    String jury_field_normalisation();
    String jury_field_tieBreak();
    String jury_tie_position_3();
    String jury_tie_position_2();
    String jury_tie_position_1();
    String jury_tie_FINALIZED();
    String jury_tie_VOTERS();
    String jury_tie_JURY();
    String jury_tie_label();
    String jury_field_tieBreak_hint();
    String jury_field_minJudges();
    String jury_field_judgeComments();
    String jury_field_name();
    String jury_field_description();
    String jury_field_weight();
    String jury_field_username();
    String jury_field_reason();
    String jury_field_scores();
    String jury_field_comment();
    String jury_normalisation_RAW();
    String jury_normalisation_Z_SCORE();
    String jury_criteria();
    String jury_criteria_add();
    String jury_judges();
    String jury_judges_add();
    String jury_coverage();
    String jury_coverage_cards();
    String jury_coverage_missing();
    String jury_workspace();
    String jury_progress(String scored, String total);
    String jury_private();
    String jury_comment();
    String jury_score();
    String jury_update();
    String jury_recuse();
    String jury_recuse_reason();
    String jury_recused_because(String reason);

    String results_title();
    String results_help_check();
    String results_help_check_title();
    String results_help_ties();
    String results_help_ties_title();
    String results_help_final();
    String results_help_final_title();
    String results_help_votes();
    String results_help_votes_title();
    String results_help_z();
    String results_help_raw();
    String results_help_jury();
    String results_help_jury_title();
    String results_help_method();
    String results_help_method_title();
    String results_help_lead();
    String results_help_title();
    String results_verification();
    String results_normalisation_Z_SCORE();
    String results_normalisation_RAW();
    String results_how();
    String results_method(String jury, String votes);
    String results_explained();
    String results_verified();
    String results_not_verified();
    String results_export();
    String results_caption();
    String results_rank();
    String results_in_challenge(String rank);
    String results_jury_raw();
    String results_jury();
    String results_points();
    String results_voters();
    String results_votes();
    String results_final();
    String results_award();
    String results_award_WINNER();
    String results_award_MENTION();

    String event_jury();
    String event_results();

    String jury_turnout(String count);
    String jury_turnout_hint();

    String results_promote();
    String results_live_differs();
    String results_difference_of(String entry);
    String results_difference_entry();
    String results_difference_points();
    String results_difference_voters();
    String results_difference_jury_scores();
    String results_history();
    String results_history_published();
    String results_history_reopened(String by);
    String results_history_current();

    String jury_turnout_few(String min);
    String jury_turnout_other(String min, String count);

    String results_verify_live();
    String results_verification_title();
    String results_live_matches();
    String results_verification_digest();
    String event_calendar_entry(String event, String phase);
    String event_calendar();
    String ballot_given();
    String ballot_given_none();
    String ballot_search();
    String ballot_theme();
    String ballot_team();
    String ballot_any();
    String ballot_mine();
    String ballot_filter();
    String ballot_caption();
    String ballot_points_for(String title);
    String ballot_page_hint();
}
