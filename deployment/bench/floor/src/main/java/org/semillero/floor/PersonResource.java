package org.semillero.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;

/** One endpoint that reads the database: the floor is ready when it answers. */
@Path("/people")
public class PersonResource {

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw new NotFoundException();
        }
        return Map.of("id", person.id, "name", person.displayName);
    }
}
