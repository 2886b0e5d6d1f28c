package org.semillero.judging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.people.PersonService;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;
import org.semillero.vote.Turnout;
import org.semillero.vote.VoteService;

/** Organizers set up the jury and follow coverage; judges score in their workspace. */
@Path("/events/{slug}/jury")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class JuryPages {

    static final String LABELS = "jury.field.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(Event event, List<Criterion> criteria, List<JuryService.JudgeView> judges,
                                             List<JuryService.Coverage> coverage, Turnout turnout,
                                             PersonService.Picker picker, FormErrors errors);

        static native TemplateInstance workspace(JuryService.Workspace workspace, FormErrors errors, Scoring scoring);
    }

    /** The entry whose scores were refused, and what the judge had chosen for it, to show again. */
    public record Scoring(long submissionId, Map<Long, String> typed) {

        static final Scoring NONE = new Scoring(-1, Map.of());

        public boolean is(long id) {
            return submissionId == id;
        }

        /** The score chosen for a criterion: as typed for the refused entry, as saved for the others. */
        public boolean chose(JuryService.WorkItem item, long criterionId, int value) {
            return is(item.submissionId()) ? String.valueOf(value).equals(typed.get(criterionId))
                    : Integer.valueOf(value).equals(item.myScores().get(criterionId));
        }

        /** The select's id: the refused entry's fields are the ones the error summary links to. */
        public String fieldId(long submissionId, long criterionId) {
            return is(submissionId) ? "f-scores." + criterionId : "score-" + submissionId + "-" + criterionId;
        }
    }

    private final JuryService jury;
    private final EventService events;
    private final VoteService votes;
    private final Viewer viewer;
    private final PersonService people;

    JuryPages(JuryService jury, EventService events, VoteService votes, Viewer viewer, PersonService people) {
        this.people = people;
        this.votes = votes;
        this.jury = jury;
        this.events = events;
        this.viewer = viewer;
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance setup(@PathParam("slug") String slug, @QueryParam("who") String who) {
        return setupPage(slug, who, FormErrors.NONE);
    }

    @POST
    @Path("method")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response method(@PathParam("slug") String slug, @RestForm String juryWeight, @RestForm String normalisation,
                           @RestForm String tieBreak1, @RestForm String tieBreak2, @RestForm String tieBreak3,
                           @RestForm String minJudges, @RestForm String judgeComments) {
        // The tie-break order is chosen as first, then, finally; the method takes it as a list.
        String tieBreak = String.join(",", blankIfNull(tieBreak1), blankIfNull(tieBreak2), blankIfNull(tieBreak3));
        return act(slug, () -> {
            int weight = number("juryWeight", juryWeight);
            jury.declareMethod(viewer.actor(), slug, new JuryInputs.MethodInput(weight, 100 - weight, normalisation,
                    tieBreak, number("minJudges", minJudges), judgeComments));
        }, "flash.jury.saved");
    }

    @POST
    @Path("criteria")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addCriterion(@PathParam("slug") String slug, @RestForm String name, @RestForm String description,
                                 @RestForm String weight) {
        return act(slug, () -> jury.addCriterion(viewer.actor(), slug,
                new JuryInputs.CriterionInput(name, description, number("weight", weight))), "flash.jury.saved");
    }

    @POST
    @Path("criteria/{id}/remove")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeCriterion(@PathParam("slug") String slug, @PathParam("id") long id) {
        return act(slug, () -> jury.removeCriterion(viewer.actor(), slug, id), "flash.jury.saved");
    }

    @POST
    @Path("judges")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addJudge(@PathParam("slug") String slug, @RestForm String personId) {
        return act(slug, () -> jury.assignJudge(viewer.actor(), slug, PersonService.idOf("personId", personId)),
                "flash.jury.saved");
    }

    @POST
    @Path("judges/{personId}/remove")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeJudge(@PathParam("slug") String slug, @PathParam("personId") long personId) {
        return act(slug, () -> jury.removeJudge(viewer.actor(), slug, personId), "flash.jury.saved");
    }

    @GET
    @Path("workspace")
    public TemplateInstance workspace(@PathParam("slug") String slug) {
        return Templates.workspace(jury.workspace(viewer.actor(), slug), FormErrors.NONE, Scoring.NONE);
    }

    /** Fields are named {@code score.<criterion id>}. */
    @POST
    @Path("workspace/{submissionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                          MultivaluedMap<String, String> form) {
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, String> typed = new HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("score.") && !values.isEmpty() && !values.get(0).isBlank()) {
                try {
                    long criterion = Long.parseLong(name.substring(6));
                    typed.put(criterion, values.get(0).strip());
                    scores.put(criterion, Integer.valueOf(values.get(0).strip()));
                } catch (NumberFormatException ignored) {
                    scores.put(-1L, 0);
                }
            }
        });
        // A refused save shows the judge's choices for this entry again, with each missing score marked.
        return PageAction.run(() -> jury.score(viewer.actor(), slug, submissionId, scores, form.getFirst("comment")))
                .redirect("/events/" + slug + "/jury/workspace", "flash.jury.scored")
                .orShow(viewer.locale(), LABELS, errors -> Templates.workspace(jury.workspace(viewer.actor(), slug), errors,
                        new Scoring(submissionId, typed)))
                .conflictsTo("/events/" + slug + "/jury/workspace");
    }

    @POST
    @Path("workspace/{submissionId}/recuse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recuse(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                           @RestForm String reason) {
        return workspaceAct(slug, () -> jury.recuse(viewer.actor(), slug, submissionId, reason), "flash.jury.recused");
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

    private Response act(String slug, Runnable action, String success) {
        return PageAction.run(action).redirect("/events/" + slug + "/jury", success)
                .orShow(viewer.locale(), LABELS, errors -> setupPage(slug, null, errors))
                .conflictsTo("/events/" + slug + "/jury");
    }

    private Response workspaceAct(String slug, Runnable action, String success) {
        return PageAction.run(action).redirect("/events/" + slug + "/jury/workspace", success)
                .orShow(viewer.locale(), LABELS, errors -> Templates.workspace(jury.workspace(viewer.actor(), slug), errors,
                        Scoring.NONE))
                .conflictsTo("/events/" + slug + "/jury/workspace");
    }

    private TemplateInstance setupPage(String slug, String who, FormErrors errors) {
        Event event = events.get(viewer.actor(), slug);
        return Templates.setup(event, jury.criteria(viewer.actor(), slug), jury.judges(viewer.actor(), slug),
                jury.coverage(viewer.actor(), slug), votes.turnout(viewer.actor(), slug),
                people.picker(who, "/events/" + slug + "/jury", "/events/" + slug + "/jury/judges"), errors);
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(List.of(FieldError.of(field, "validation.number")));
        }
    }
}
