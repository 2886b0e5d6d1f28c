package org.semillero.team;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The submission form as typed; linked ideas are comma-separated numbers. */
public class SubmissionForm {

    @RestForm public String title = "";
    @RestForm public String summary = "";
    @RestForm public String built = "";
    @RestForm public String demoUrl = "";
    @RestForm public String sourceUrl = "";
    @RestForm public String ideaIds = "";
    @RestForm public String challengeId = "";
    @RestForm public String version = "";

    public static SubmissionForm of(Submission submission) {
        SubmissionForm form = new SubmissionForm();
        if (submission != null) {
            form.title = submission.title;
            form.summary = submission.summary;
            form.built = submission.built;
            form.demoUrl = submission.demoUrl == null ? "" : submission.demoUrl;
            form.sourceUrl = submission.sourceUrl == null ? "" : submission.sourceUrl;
            form.ideaIds = String.join(", ", submission.ideaIds.stream().map(String::valueOf).toList());
            form.challengeId = submission.challengeId == null ? "" : String.valueOf(submission.challengeId);
            form.version = String.valueOf(submission.version);
        }
        return form;
    }

    public TeamInputs.SubmissionInput toInput() {
        List<Long> ids = new ArrayList<>();
        for (String id : TeamService.split(ideaIds)) {
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return new TeamInputs.SubmissionInput(title, summary, built, demoUrl, sourceUrl, ids, number(challengeId),
                number(version) == null ? null : number(version).intValue());
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
