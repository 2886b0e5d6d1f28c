package org.semillero.vote;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semillero.shared.security.Viewer;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.FormErrors;
import org.semillero.shared.web.PageAction;

/**
 * The voter's ballot: a page of entries at a time (search, theme, team, "mine"), a number per
 * entry, the points given so far always in view, no JavaScript needed. Saving changes only the
 * entries on the page, so points given on other pages are never lost.
 */
@Path("/events/{slug}/ballot")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BallotPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ballot(BallotQueries.Page ballot, Filters filters, Map<Long, String> typed,
                                              FormErrors errors);
    }

    /** The filters as typed, to show them again and to keep them in links. */
    public record Filters(String q, String challenge, String team, boolean mine, String cursor) {

        /** The query string of this page ({@code q=…&challenge=…}), for links and the return after saving. */
        public String query() {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "challenge", challenge);
            append(query, "team", team);
            append(query, "mine", mine ? "true" : "");
            append(query, "cursor", cursor);
            return query.toString();
        }

        public boolean isChallenge(long id) {
            return challenge.equals(String.valueOf(id));
        }

        public boolean isTeam(long id) {
            return team.equals(String.valueOf(id));
        }

        /** The same filters from the first page. */
        public String firstPage() {
            return new Filters(q, challenge, team, mine, "").query();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private final VoteService votes;
    private final BallotQueries queries;
    private final Viewer viewer;

    BallotPages(VoteService votes, BallotQueries queries, Viewer viewer) {
        this.votes = votes;
        this.queries = queries;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("q") String q,
                                 @QueryParam("challenge") String challenge, @QueryParam("team") String team,
                                 @QueryParam("mine") String mine, @QueryParam("cursor") String cursor) {
        Filters filters = new Filters(nz(q), nz(challenge), nz(team), "true".equals(mine), nz(cursor));
        return Templates.ballot(queries.page(viewer.actor(), slug, BallotQueries.parse(q, challenge, team, mine), cursor),
                filters, Map.of(), FormErrors.NONE);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Fields are named {@code points.<submission id>}; only the entries posted change. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Filters filters = new Filters(nz(form.getFirst("q")), nz(form.getFirst("challenge")), nz(form.getFirst("team")),
                "true".equals(form.getFirst("mine")), nz(form.getFirst("cursor")));
        BallotQueries.Filter filter = BallotQueries.parse(filters.q(), filters.challenge(), filters.team(),
                filters.mine() ? "true" : null);
        Map<Long, Integer> points = new LinkedHashMap<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        List<FieldError> errors = new java.util.ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("points.") && !values.isEmpty()) {
                try {
                    long id = Long.parseLong(name.substring("points.".length()));
                    String value = values.get(0).strip();
                    typed.put(id, value);
                    try {
                        points.put(id, value.isEmpty() ? 0 : Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        errors.add(FieldError.of(name, "validation.number"));
                    }
                } catch (NumberFormatException ignored) {
                    errors.add(FieldError.of("points", "vote.entry.unknown"));
                }
            }
        });
        return PageAction.run(() -> {
                    if (!errors.isEmpty()) {
                        throw DomainException.invalid(errors);
                    }
                    votes.change(viewer.actor(), slug, points);
                })
                .redirect("/events/" + slug + "/ballot" + (filters.query().isEmpty() ? "" : "?" + filters.query()),
                        "flash.ballot.saved")
                .orShow(viewer.locale(), "vote.field.", shown -> Templates.ballot(
                        queries.page(viewer.actor(), slug, filter, filters.cursor()), filters, typed, shown))
                .conflictsTo("/events/" + slug);
    }
}
