package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The project backlog and its stage gates: {@code {projectMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/projectMsg.properties}
 * (English) and {@code messages/projectMsg_es.properties}.
 */
@MessageBundle(value = "projectMsg", locale = "en")
public interface ProjectMessages {

    String gate_sponsor();
    String gate_owner();
    String gate_decision_note();
    String gate_milestone();
    String gate_kpi_baseline();
    String gate_milestones_done();
    String gate_stop_reason();
    String gate_lessons();

    String project_stage_unknown();
    String project_promotion_source();

    String projects_title();
    String projects_none();
    String projects_export();

    String project_year();
    String project_edit();
    String project_follow();
    String project_unfollow();
    String project_progress(String percent);
    String project_contributors();
    String project_origin();
    String project_origin_event(String name);
    String project_origin_rank(String rank);
    String project_origin_team(String name);
    String project_origin_idea(String name);
    String project_origin_challenge(String name);
    String project_stage_PROPOSED();
    String project_stage_APPROVED();
    String project_stage_IN_PROGRESS();
    String project_stage_PILOT();
    String project_stage_DELIVERED();
    String project_stage_SCALED();
    String project_stage_STOPPED();
    String project_stage_move();
    String project_stage_to(String stage);
    String project_gates_missing();
    String project_stop();
    String project_milestones();
    String project_milestones_none();
    String project_milestone_add();
    String project_milestone_done();
    String project_milestone_reopen();
    String project_weight(String weight);
    String project_kpis();
    String project_kpis_none();
    String project_kpi_add();
    String project_updates();
    String project_update_add();
    String project_field_title();
    String project_field_problem();
    String project_field_expectedOutcome();
    String project_field_sponsor();
    String project_field_owner();
    String project_field_departments();
    String project_field_effort();
    String project_field_budget();
    String project_field_tags();
    String project_field_stage();
    String project_field_decisionNote();
    String project_field_stopReason();
    String project_field_lessons();
    String project_field_overrideReason();
    String project_field_overrideReason_hint();
    String project_field_milestoneTitle();
    String project_field_dueDate();
    String project_field_weight();
    String project_field_name();
    String project_field_unit();
    String project_field_baseline();
    String project_field_target();
    String project_field_actual();
    String project_field_text();
    String project_field_progressNote();
    String project_field_version();
    String project_field_to();
    String project_field_gate();
    String project_history_PROMOTED();
    String project_history_EDITED();
    String project_history_STAGE();
    String project_history_override(String reason);
    String project_history_MILESTONE_ADDED();
    String project_history_MILESTONE_DONE();
    String project_history_MILESTONE_REOPENED();
    String project_history_UPDATE();
    String project_history_KPI();
    String project_field_sponsorId();
    String project_field_ownerId();
}
