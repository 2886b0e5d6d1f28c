package org.semillero.event;

/** What someone may want to do on an event; {@link EventPolicy} answers for each phase and role. */
public enum EventAction {
    VIEW, EDIT, ADVANCE_PHASE, STEP_BACK_PHASE, PROPOSE_IDEA, FORM_TEAM, SUBMIT_WORK, VOTE, VIEW_RESULTS,
    MANAGE_THEMES, EDIT_IDEA, MODERATE_IDEAS, SUPPORT_IDEA, MANAGE_TEAMS, REVIEW_SUBMISSIONS, SET_UP_JURY, SCORE
}
