package org.semillero.team;

import org.jboss.resteasy.reactive.RestForm;

/** The team form as typed; open roles are comma-separated. */
public class TeamForm {

    @RestForm public String name = "";
    @RestForm public String pitch = "";
    @RestForm public String ideaId = "";
    @RestForm public String openRoles = "";

    public static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.name = team.name;
        form.pitch = team.pitch;
        form.ideaId = team.ideaId == null ? "" : String.valueOf(team.ideaId);
        form.openRoles = String.join(", ", team.openRoles);
        return form;
    }

    public TeamInputs.TeamInput toInput() {
        Long idea = null;
        if (ideaId != null && !ideaId.isBlank()) {
            try {
                idea = Long.valueOf(ideaId.strip());
            } catch (NumberFormatException e) {
                idea = -1L;
            }
        }
        return new TeamInputs.TeamInput(name, pitch, idea, TeamService.split(openRoles));
    }
}
