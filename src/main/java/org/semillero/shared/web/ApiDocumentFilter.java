package org.semillero.shared.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the API document a contract clients can generate from (docs/api.md): only the JSON API
 * (pages are not part of it), every operation with the bearer scheme, a unique operation id, a
 * description, a defined tag and the error answers it can give as {@code application/problem+json}
 * with the shared {@code Problem} schema. Which error statuses an operation documents follows from
 * its shape (a body can be unreadable, too large or of another type; a path names something that
 * may not exist; a write can conflict); ApiContractTest checks that the service answers no status
 * and no content type its operation does not document.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SCHEME = "SecurityScheme";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    /** Top-level tags, one per feature, in the order a reader meets the pipeline. */
    static final Map<String, String> TAGS = tags();

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Challenges", "Problems officers see in public services, with +1s, review and comments.");
        tags.put("Events", "Hackathons and idea calls: dates, phases and the phase timeline.");
        tags.put("Ideas", "Ideas proposed to an event: search, co-authors, supports, versions and review.");
        tags.put("Comments", "Editing and hiding comments (threads hang under challenges and ideas).");
        tags.put("Teams", "Teams, joining requests, the team board and submissions.");
        tags.put("Voting", "The officer's ballot and turnout while voting is open.");
        tags.put("Jury", "Judging method, criteria, judges, scores and recusals.");
        tags.put("Results", "Published results, awards, their verification and exports.");
        tags.put("Projects", "The innovation office's backlog: promoted projects, milestones, updates and KPIs.");
        tags.put("Dashboard", "Portfolio figures: the funnel, stages, participation and stale projects.");
        tags.put("People", "Profiles, the people picker and removal of a person's data.");
        tags.put("Services", "The service catalogue: services, the officers' and citizens' views of each, citizens' "
                + "signals from feeders, CSV imports.");
        tags.put("Workshops", "Capacity building: the workshop programme, seats and the waitlist, attendance.");
        tags.put("Notifications", "The caller's inbox (newest first, unread count) and e-mail preferences per category.");
        tags.put("Audit", "The append-only log of governance actions (administrators).");
        return Map.copyOf(tags);
    }

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: the fields at fault are named in `errors`.",
            "401", "No bearer token, or one that is malformed, expired, forged or meant for another application.",
            "403", "The caller's role, or relation to the object, does not allow this.",
            "404", "Nothing there, or nothing the caller may see.",
            "406", "The Accept header names no type this operation answers in.",
            "409", "Conflicts with the current state (phase, version, a rule of the pipeline); nothing was written.",
            "413", "The body is larger than 256 KB.",
            "415", "The body is not JSON.",
            "503", "The database cannot be reached or this instance is stopping; retry after `Retry-After`.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths kept = OASFactory.createPaths();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    kept.addPathItem(path, item);
                }
            });
        }
        openAPI.setPaths(kept);
        openAPI.setServers(List.of(OASFactory.createServer().url("{origin}")
                .description("The Semillero instance of your institution")
                .variables(Map.of("origin", OASFactory.createServerVariable().defaultValue("http://localhost:8080")
                        .description("Scheme, host and port of the instance")))));
        ensureProblemSchema(openAPI);
        Map<String, Integer> ids = new HashMap<>();
        kept.getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(op -> ids.merge(op.getOperationId(), 1, Integer::sum)));
        kept.getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                complete(path, method, op, ids.getOrDefault(op.getOperationId(), 0) > 1)));
        List<Tag> tags = new ArrayList<>();
        TAGS.forEach((name, description) -> tags.add(OASFactory.createTag().name(name).description(description)));
        openAPI.setTags(tags);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op, boolean sharedId) {
        if (sharedId) {
            // A sub-resource mounted under two parents (comment threads of ideas and challenges).
            String parent = path.split("/")[3];
            op.setOperationId(parent.replaceAll("s$", "") + Character.toUpperCase(op.getOperationId().charAt(0))
                    + op.getOperationId().substring(1));
        }
        addMissingPathParameters(path, op);
        if (op.getTags() == null || op.getTags().isEmpty()) {
            op.setTags(List.of(tagOf(path)));
        }
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            op.setSummary(op.getOperationId());
        }
        if (op.getDescription() == null || op.getDescription().isBlank()) {
            op.setDescription(op.getSummary() + ".");
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", OASFactory.createHeader().description("Where the new resource is")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        boolean write = method != PathItem.HttpMethod.GET;
        boolean body = op.getRequestBody() != null;
        boolean parameters = op.getParameters() != null && !op.getParameters().isEmpty();
        // Any operation may refuse a caller by role or by relation to the object (403).
        List<String> statuses = new ArrayList<>(List.of("401", "403", "406", "503"));
        if (body || parameters) {
            statuses.add("400");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        // Writes can conflict with the state; reads of an event can come too early (results not yet published).
        if (write || path.startsWith("/api/v1/events/{slug}/")) {
            statuses.add("409");
        }
        if (body) {
            statuses.add("413");
            statuses.add("415");
        }
        for (String status : statuses) {
            responses.addAPIResponse(status, problem(ERRORS.get(status)));
        }
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static void addMissingPathParameters(String path, Operation op) {
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            boolean declared = op.getParameters() != null && op.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
            if (!declared) {
                boolean slug = name.equals("slug");
                op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(slug ? OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                : OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")));
            }
        }
    }

    private static String tagOf(String path) {
        String first = path.split("/")[3];
        return switch (first) {
            case "ideas" -> "Ideas";
            case "challenges" -> "Challenges";
            default -> "Events";
        };
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One rejected field")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field's name, as in the request (e.g. `teamSizeMax`, `items[2].points`)"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong, in the caller's language"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `type` is stable, the texts follow Accept-Language")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("urn:semillero:problem:<code>, e.g. urn:semillero:problem:wrong-phase"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request's path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/InvalidParam")))
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("InvalidParam", invalidParam);
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
