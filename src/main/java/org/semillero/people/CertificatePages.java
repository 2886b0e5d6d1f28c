package org.semillero.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.semillero.event.Event;
import org.semillero.event.EventService;
import org.semillero.people.Person;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;

/** Printable participation certificates, issued by organizers per event and officer. */
@Path("/events/{slug}/certificates")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CertificatePages {

    /** Who took part, so organizers can pick whom to certify. */

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Event event, List<ParticipationService.Participant> participants);

        static native TemplateInstance certificate(Event event, Person person, List<String> roles, Instant issuedAt);
    }

    private final EventService events;
    private final ParticipationService participation;
    private final InstitutionClock clock;
    private final Viewer viewer;

    CertificatePages(EventService events, ParticipationService participation, InstitutionClock clock, Viewer viewer) {
        this.events = events;
        this.participation = participation;
        this.clock = clock;
        this.viewer = viewer;
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance index(@PathParam("slug") String slug) {
        Event event = events.get(viewer.actor(), slug);
        List<ParticipationService.Participant> participants = participation.participantsOf(event.id);
        return Templates.index(event, participants);
    }

    @GET
    @Path("{personId}")
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance certificate(@PathParam("slug") String slug, @PathParam("personId") long personId) {
        Event event = events.get(viewer.actor(), slug);
        Person person = Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> DomainException.notFound("person-not-found"));
        List<String> roles = participation.rolesAt(person.id, event.id);
        if (roles.isEmpty()) {
            throw DomainException.notFound("certificate-not-found");
        }
        return Templates.certificate(event, person, roles, clock.now());
    }
}
