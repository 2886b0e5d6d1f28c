package org.semillero.vote;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** The voter's ballot page: one form, a number per entry, no JavaScript needed. */
@Path("/events/{slug}/ballot")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BallotPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ballot(VoteService.Ballot ballot, Map<Long, String> typed, FormErrors errors);
    }

    private final VoteService votes;
    private final Viewer viewer;

    BallotPages(VoteService votes, Viewer viewer) {
        this.votes = votes;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug) {
        return Templates.ballot(votes.ballot(viewer.actor(), slug), Map.of(), FormErrors.NONE);
    }

    /** Fields are named {@code points.<submission id>}; the whole ballot is replaced at once. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Map<Long, Integer> points = new LinkedHashMap<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("points.") && !values.isEmpty()) {
                try {
                    long id = Long.parseLong(name.substring("points.".length()));
                    String value = values.get(0).strip();
                    typed.put(id, value);
                    try {
                        points.put(id, value.isEmpty() ? 0 : Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        errors.add(FieldError.of(name, "validation.number"));
                    }
                } catch (NumberFormatException ignored) {
                    errors.add(FieldError.of("points", "vote.entry.unknown"));
                }
            }
        });
        return PageAction.run(() -> {
                    if (!errors.isEmpty()) {
                        throw DomainException.invalid(errors);
                    }
                    votes.replace(viewer.actor(), slug, points);
                })
                .redirect("/events/" + slug + "/ballot", "flash.ballot.saved")
                .orShow(viewer.locale(), "vote.field.", shown -> Templates.ballot(votes.ballot(viewer.actor(), slug),
                        typed, shown))
                .conflictsTo("/events/" + slug);
    }
}
