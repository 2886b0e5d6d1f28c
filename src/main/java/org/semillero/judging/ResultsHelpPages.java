package org.semillero.judging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "How results are computed", in plain words, linked from every results page. */
@Path("/help/results")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ResultsHelpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance help();
    }

    @GET
    public TemplateInstance help() {
        return Templates.help();
    }
}
