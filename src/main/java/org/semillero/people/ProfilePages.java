package org.semillero.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.semillero.people.ParticipationService;
import org.semillero.shared.i18n.Locales;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/** The signed-in officer's own profile. */
@Path("/profile")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Person person, ProfileForm form, FormErrors errors,
                                               List<ParticipationService.Item> participation, String calendarUrl,
                                               List<org.semillero.learning.AttendanceService.Learned> learned);
    }

    private final PersonService people;
    private final ParticipationService participation;
    private final Viewer viewer;

    private final org.semillero.event.EventCalendar calendars;
    private final String publicUrl;
    private final org.semillero.learning.AttendanceService learning;

    ProfilePages(PersonService people, ParticipationService participation, Viewer viewer,
                 org.semillero.event.EventCalendar calendars, org.semillero.learning.AttendanceService learning,
                 @org.eclipse.microprofile.config.inject.ConfigProperty(name = "semillero.mail.public-url") String publicUrl) {
        this.calendars = calendars;
        this.learning = learning;
        this.publicUrl = publicUrl;
        this.participation = participation;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show() {
        Person person = people.get(viewer.id());
        return Templates.profile(person, ProfileForm.of(person), FormErrors.NONE, participation.of(person.id),
                calendarUrl(person.id), learning.record(person.id));
    }

    /** Turns the personal calendar feed on with a new secret address ({@code renew}), or off. */
    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calendar(@org.jboss.resteasy.reactive.RestForm String action) {
        if ("off".equals(action)) {
            calendars.turnOff(viewer.id());
            return org.semillero.shared.web.Flash.redirect("/profile", "flash.profile.calendar-off");
        }
        if (!"renew".equals(action)) {
            throw org.semillero.shared.web.DomainException.invalid(
                    List.of(org.semillero.shared.web.FieldError.of("action", "validation.required")));
        }
        calendars.renew(viewer.id());
        return org.semillero.shared.web.Flash.redirect("/profile", "flash.profile.calendar-renewed");
    }

    private String calendarUrl(long personId) {
        return calendars.tokenOf(personId).map(token -> publicUrl + "/calendar/" + token + ".ics").orElse(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam ProfileForm form) {
        Response response = PageAction.run(() -> people.updateProfile(viewer.id(), form.toInput()))
                .redirect("/profile", "flash.profile.saved")
                .orShow(viewer.locale(), "profile.field.", errors -> {
                    Person person = people.get(viewer.id());
                    return Templates.profile(person, form, errors, participation.of(person.id), calendarUrl(person.id),
                            learning.record(person.id));
                })
                .orFail();
        boolean browserLanguage = form.preferredLanguage == null || form.preferredLanguage.isBlank();
        if (response.getStatus() == 303 && browserLanguage) {
            // "My browser's language" must win over a language chosen earlier with the switcher.
            return Response.fromResponse(response).cookie(new NewCookie.Builder(Locales.COOKIE).value("").path("/")
                    .maxAge(0).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build()).build();
        }
        return response;
    }
}
