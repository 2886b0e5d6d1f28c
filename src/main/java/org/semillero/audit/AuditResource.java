package org.semillero.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Keyset;

/** The audit log of governance actions, for administrators. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

    private final AuditService audit;
    private final Viewer viewer;

    AuditResource(AuditService audit, Viewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Governance actions, newest first (administrators)",
            description = "Filters: q (object label, type or id, or the actor's name), actor (person id), action, "
                    + "from and to (days, both included). Pages of `size` (1–200, default 50); `next` is the cursor "
                    + "of the following page, also given as a Link header with rel=\"next\".")
    @APIResponse(responseCode = "200", description = "A page of entries; a Link header (rel=next) when there are more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditService.EntryPage.class)))
    public Response list(@QueryParam("q") String q, @QueryParam("actor") String actor,
                         @QueryParam("action") String action, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                         @QueryParam("size") String size, @Context UriInfo uri) {
        AuditQuery query = AuditQuery.parse(q, actor, action, from, to);
        AuditService.EntryPage page = audit.search(viewer.actor(), query, cursor, AuditQuery.pageSize(size, 50));
        return Keyset.page(page, page.next(), uri);
    }
}
