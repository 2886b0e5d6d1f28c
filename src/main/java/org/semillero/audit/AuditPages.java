package org.semillero.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.Csv;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FormErrors;

/** The audit log page for administrators: filters, newest first, older pages, CSV export. */
@Path("/admin/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    /** The filter form as typed, so that a refused value is shown again. */
    public record Filters(String q, String actor, String action, String from, String to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Filters filters, List<AuditService.ActorChoice> actors,
                                           List<AuditAction> actions, AuditService.EntryPage page, String query,
                                           FormErrors errors);
    }

    /** Most rows one export holds; a longer period is exported in parts. */
    static final int EXPORT_LIMIT = 50_000;

    private final AuditService audit;
    private final Viewer viewer;

    AuditPages(AuditService audit, Viewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @GET
    public Response log(@QueryParam("q") String q, @QueryParam("actor") String actor,
                        @QueryParam("action") String action, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("cursor") String cursor) {
        Filters filters = new Filters(q, actor, action, from, to);
        List<AuditService.ActorChoice> actors = audit.actors(viewer.actor());
        List<AuditAction> actions = List.of(AuditAction.values());
        try {
            AuditQuery query = AuditQuery.parse(q, actor, action, from, to);
            AuditService.EntryPage page = audit.search(viewer.actor(), query, cursor, 50);
            return Response.ok(Templates.log(filters, actors, actions, page, query.toQueryString(), FormErrors.NONE))
                    .build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return Response.status(400).entity(Templates.log(filters, actors, actions,
                    new AuditService.EntryPage(List.of(), null), "",
                    FormErrors.of(e.fieldErrors(), viewer.locale(), "audit.field."))).build();
        }
    }

    /** The same filters as the page, every matching entry, for the signed-in administrator's browser. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("q") String q, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        AuditQuery query = AuditQuery.parse(q, actor, action, from, to);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("id", "at", "actor_id", "actor", "action",
                "object_type", "object_id", "object", "before", "after", "reason", "request_id")));
        String cursor = null;
        int rows = 0;
        do {
            AuditService.EntryPage page = audit.search(viewer.actor(), query, cursor, AuditService.MAX_SIZE);
            for (AuditService.EntryView e : page.items()) {
                csv.append(Csv.line(List.of(String.valueOf(e.id()), e.at().toString(),
                        e.actorId() == null ? "" : e.actorId().toString(), e.actorName(), e.action().name(),
                        e.objectType(), e.objectId(), e.objectLabel(), e.before() == null ? "" : e.before().toString(),
                        e.after() == null ? "" : e.after().toString(), e.reason() == null ? "" : e.reason(),
                        e.requestId() == null ? "" : e.requestId())));
            }
            rows += page.items().size();
            cursor = page.next();
        } while (cursor != null && rows < EXPORT_LIMIT);
        return Response.ok(Csv.withBom(csv.toString()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }
}
