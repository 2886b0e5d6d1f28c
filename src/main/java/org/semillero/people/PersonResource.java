package org.semillero.people;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Inputs;

@Path("/api/v1/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@SecurityRequirement(name = "SecurityScheme")
public class PersonResource {

    private final PersonService people;
    private final Viewer viewer;

    PersonResource(PersonService people, Viewer viewer) {
        this.people = people;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Find people by name, department or e-mail, to choose them (at least 2 characters)",
            description = "Answers id, name and department of at most 20 people; removed people are never listed.")
    public List<PersonService.Choice> search(@QueryParam("q") String q) {
        if (q != null && q.length() > 200) {
            throw DomainException.invalid(List.of(new FieldError("q", "validation.size.max", java.util.Map.of("max", 200))));
        }
        return people.search(q, 20);
    }

    @POST
    @Path("{id}/removal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a person (administrators): the profile is pseudonymised, with a reason")
    @APIResponse(responseCode = "204", description = "Done")
    public Response remove(@PathParam("id") long id, PersonInputs.RemovalInput input) {
        people.remove(viewer.actor(), id, input == null ? null : input.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's profile and roles")
    public PersonViews.ProfileView me() {
        return view(people.get(viewer.id()));
    }

    @PUT
    @Path("me")
    @Operation(summary = "Update the caller's department, skills and preferred language")
    public PersonViews.ProfileView update(PersonInputs.ProfileInput input) {
        Inputs.body(input);
        return view(people.updateProfile(viewer.id(), input));
    }

    private PersonViews.ProfileView view(Person person) {
        return new PersonViews.ProfileView(person.username, person.displayName, person.email, person.department,
                person.departmentFromIdp, List.copyOf(person.skills), person.preferredLanguage,
                new java.util.TreeSet<>(viewer.roles()));
    }
}
