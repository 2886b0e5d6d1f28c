package org.semillero.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's own calendar feed at its secret address: no session (calendar apps cannot sign
 * in); the address is the key, renewable and revocable from the profile. One event's feed is
 * {@code /events/{slug}/calendar.ics} on {@link EventPages}.
 */
@Path("/calendar")
public class CalendarPages {

    static final String ICS = "text/calendar; charset=utf-8";

    private final EventCalendar calendars;
    private final String publicUrl;

    CalendarPages(EventCalendar calendars, @ConfigProperty(name = "semillero.mail.public-url") String publicUrl) {
        this.calendars = calendars;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("{token}.ics")
    public Response personal(@PathParam("token") String token) {
        return calendars.personalFeed(token, publicUrl).map(feed -> Response.ok(feed, ICS).build())
                .orElseGet(() -> Response.status(404).type("text/plain; charset=utf-8").entity("No such calendar.").build());
    }
}
