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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.Flash;

/** The published ranking, with every component so anyone can check the arithmetic. */
@Path("/events/{slug}/results")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ResultsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ResultsService.Published published, boolean verified, boolean organizer,
                                               boolean promoter);

        static native TemplateInstance verification(ResultsService.Published published,
                                                    ResultsService.Verification verification);
    }

    private final ResultsService results;
    private final Viewer viewer;

    ResultsPages(ResultsService results, Viewer viewer) {
        this.results = results;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug) {
        // Who may promote is asked once here, not once per ranked row in the template.
        return Templates.results(results.published(viewer.actor(), slug), results.verifyStored(viewer.actor(), slug),
                viewer.isOrganizer(), viewer.isOrganizer() || viewer.hasRole(Roles.INNOVATION_OFFICE));
    }

    /** The ranking as CSV for the signed-in browser: the same columns as the API's export. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug) {
        return Response.ok(Csv.withBom(results.published(viewer.actor(), slug).csv()), "text/csv; charset=UTF-8")
                .build();
    }

    /** The full check: the stored publication recomputed, and compared with the live votes and scores. */
    @GET
    @Path("verification")
    public TemplateInstance verification(@PathParam("slug") String slug) {
        return Templates.verification(results.published(viewer.actor(), slug), results.verify(viewer.actor(), slug));
    }

    @POST
    @Path("awards/{submissionId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("slug") String slug, @PathParam("submissionId") long submissionId,
                          @RestForm String kind) {
        results.award(viewer.actor(), slug, submissionId, kind);
        return Flash.redirect("/events/" + slug + "/results", "flash.results.awarded");
    }
}
