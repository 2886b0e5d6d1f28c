package org.semillero.team;

/** What a person may do on a team page now; {@link TeamService#allowedActions} decides. */
public enum TeamAction {
    /** Ask to join: the event forms teams, the team has a seat, the person has no team or pending request. */
    APPLY,
    /** Change members (invite, accept, remove, hand over; the lead) while teams may form. */
    CHANGE_MEMBERS,
    /** Write the submission (members, during hacking, until it is accepted). */
    SUBMIT,
    /** Mark the submission final (the lead, on a draft or returned submission). */
    FINALISE,
    /** Organizers' fixes: move members, dissolve. */
    ORGANIZE,
    /** Read the organizers' review of the submission. */
    SEE_REVIEW
}
