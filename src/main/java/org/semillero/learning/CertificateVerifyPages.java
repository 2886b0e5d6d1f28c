package org.semillero.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Public: anyone holding a certificate of attendance can check its code. The answer says only
 * that it exists and for which workshop and day; nothing about the person or anyone else.
 */
@Path("/certificates/verify")
@Produces(MediaType.TEXT_HTML)
public class CertificateVerifyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String code, AttendanceService.Verified verified, boolean asked);
    }

    private final AttendanceService attendance;

    CertificateVerifyPages(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    public Response verify(@QueryParam("code") String code) {
        boolean asked = code != null && !code.isBlank();
        AttendanceService.Verified verified = asked ? attendance.verify(code).orElse(null) : null;
        return Response.status(asked && verified == null ? 404 : 200)
                .entity(Templates.verify(code == null ? "" : code, verified, asked)).build();
    }
}
