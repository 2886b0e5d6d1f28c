package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit log: {@code {auditMsg:key}} in templates, checked by the build (a key this
 * interface lacks, or the wrong parameters, fail it). Texts in {@code messages/auditMsg.properties}
 * (English) and {@code messages/auditMsg_es.properties}.
 */
@MessageBundle(value = "auditMsg", locale = "en")
public interface AuditMessages {

    String audit_title();
    String audit_change_phase();
    String audit_change_stage();
    String audit_change_state();
    String audit_change_status();
    String audit_change_department();
    String audit_change_event();
    String audit_change_body();
    String audit_change_team();
    String audit_change_roles();
    String audit_change_judge();
    String audit_change_criterion();
    String audit_change_award();
    String audit_change_locked();
    String audit_change_overriddenGates();
    String audit_change_digest();
    String audit_change_budget();
    String audit_change_target();
    String audit_value_true();
    String audit_value_false();
    String audit_value_OPEN();
    String audit_value_ACCEPTED();
    String audit_value_DECLINED();
    String audit_value_MERGED();
    String audit_value_DRAFT();
    String audit_value_FINAL();
    String audit_value_RETURNED();
    String audit_lead();
    String audit_field_q();
    String audit_field_actor();
    String audit_field_action();
    String audit_field_from();
    String audit_field_to();
    String audit_export();
    String audit_none();
    String audit_caption();
    String audit_col_at();
    String audit_col_actor();
    String audit_col_action();
    String audit_col_object();
    String audit_col_change();
    String audit_col_reason();
    String audit_actor_system();
    String audit_older();
    String audit_action_unknown();
    String audit_dates_order();
    String audit_action_EVENT_CREATED();
    String audit_action_EVENT_UPDATED();
    String audit_action_EVENT_PHASE_CHANGED();
    String audit_action_RESULTS_PUBLISHED();
    String audit_action_RESULTS_WITHDRAWN();
    String audit_action_AWARD_SET();
    String audit_action_JURY_METHOD_DECLARED();
    String audit_action_JURY_CRITERION_ADDED();
    String audit_action_JURY_CRITERION_REMOVED();
    String audit_action_JUDGE_ASSIGNED();
    String audit_action_JUDGE_REMOVED();
    String audit_action_JUDGE_RECUSED();
    String audit_action_SUBMISSION_REVIEWED();
    String audit_action_TEAMS_LOCKED();
    String audit_action_TEAM_MEMBER_MOVED();
    String audit_action_TEAM_DISSOLVED();
    String audit_action_IDEA_MODERATED();
    String audit_action_CHALLENGE_MODERATED();
    String audit_action_COMMENT_EDITED();
    String audit_action_COMMENT_HIDDEN();
    String audit_action_THEME_ATTACHED();
    String audit_action_THEME_DETACHED();
    String audit_action_PROJECT_PROMOTED();
    String audit_action_PROJECT_STAGE_MOVED();
    String audit_action_PERSON_ROLES_CHANGED();
    String audit_action_PERSON_DEPARTMENT_CHANGED();
    String audit_action_PERSON_REMOVED();
    String audit_action_SERVICE_SAVED();
    String audit_action_SERVICES_IMPORTED();
    String audit_action_SERVICE_LINKED();
    String audit_action_KPI_BOUND();
    String audit_type_event();
    String audit_type_submission();
    String audit_type_challenge();
    String audit_type_idea();
    String audit_type_comment();
    String audit_type_team();
    String audit_type_person();
    String audit_type_project();
    String audit_action_WORKSHOP_CREATED();
    String audit_action_WORKSHOP_CANCELLED();
    String audit_action_WORKSHOP_ATTENDANCE();
    String audit_type_workshop();
    String audit_type_service();
    String audit_type_catalogue();
    String audit_type_kpi();
}
