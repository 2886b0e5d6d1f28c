package org.semillero.team;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The submission form as typed: the ideas it implements are chosen from the event's ideas, the theme from its themes. */
public class SubmissionForm {

    @RestForm public String title = "";
    @RestForm public String summary = "";
    @RestForm public String built = "";
    @RestForm public String demoUrl = "";
    @RestForm public String sourceUrl = "";
    @RestForm public List<String> ideaIds = new ArrayList<>();
    @RestForm public String challengeId = "";
    @RestForm public String version = "";

    /** The saved submission, or for a first one the team's idea already chosen. */
    public static SubmissionForm of(Submission submission, Team team) {
        SubmissionForm form = new SubmissionForm();
        if (submission == null && team.ideaId != null) {
            form.ideaIds = new ArrayList<>(List.of(String.valueOf(team.ideaId)));
        }
        if (submission != null) {
            form.title = submission.title;
            form.summary = submission.summary;
            form.built = submission.built;
            form.demoUrl = submission.demoUrl == null ? "" : submission.demoUrl;
            form.sourceUrl = submission.sourceUrl == null ? "" : submission.sourceUrl;
            form.ideaIds = new ArrayList<>(submission.ideaIds.stream().map(String::valueOf).toList());
            form.challengeId = submission.challengeId == null ? "" : String.valueOf(submission.challengeId);
            form.version = String.valueOf(submission.version);
        }
        return form;
    }

    public TeamInputs.SubmissionInput toInput() {
        List<Long> ids = new ArrayList<>();
        for (String id : ideaIds) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return new TeamInputs.SubmissionInput(title, summary, built, demoUrl, sourceUrl, ids, number(challengeId),
                number(version) == null ? null : number(version).intValue());
    }

    public boolean chose(Object ideaId) {
        return ideaIds.contains(String.valueOf(ideaId));
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
