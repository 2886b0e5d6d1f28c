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
                                               List<ParticipationService.Item> participation);
    }

    private final PersonService people;
    private final ParticipationService participation;
    private final Viewer viewer;

    ProfilePages(PersonService people, ParticipationService participation, Viewer viewer) {
        this.participation = participation;
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show() {
        Person person = people.get(viewer.id());
        return Templates.profile(person, ProfileForm.of(person), FormErrors.NONE, participation.of(person.id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam ProfileForm form) {
        Response response = PageAction.run(() -> people.updateProfile(viewer.id(), form.toInput()))
                .redirect("/profile", "flash.profile.saved")
                .orShow(viewer.locale(), "profile.field.", errors -> {
                    Person person = people.get(viewer.id());
                    return Templates.profile(person, form, errors, participation.of(person.id));
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
