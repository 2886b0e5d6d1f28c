package org.semillero.idea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The idea form as typed. Tags are comma-separated; co-authors are the people ticked in the
 * form ({@code coauthorIds}), found by name with {@code coauthorQuery}; {@code placement} is
 * {@code box} or {@code <event-slug>:<challenge-id>} for an event's theme.
 */
public class IdeaForm {

    @RestForm public String title = "";
    @RestForm public String problem = "";
    @RestForm public String solution = "";
    @RestForm public String benefitCitizens = "";
    @RestForm public String benefitOfficers = "";
    @RestForm public String service = "";
    @RestForm public String department = "";
    @RestForm public String tags = "";
    @RestForm public List<String> coauthorIds = new ArrayList<>();
    @RestForm public String coauthorQuery = "";
    @RestForm public String placement = "box";
    @RestForm public String version = "";

    public static IdeaForm of(Idea idea, List<Long> coauthors) {
        IdeaForm form = new IdeaForm();
        form.title = idea.title;
        form.problem = idea.problem;
        form.solution = idea.solution;
        form.benefitCitizens = idea.benefitCitizens;
        form.benefitOfficers = idea.benefitOfficers;
        form.service = idea.service == null ? "" : idea.service;
        form.department = idea.department == null ? "" : idea.department;
        form.tags = String.join(", ", idea.tags);
        form.coauthorIds = new ArrayList<>(coauthors.stream().map(String::valueOf).toList());
        form.version = String.valueOf(idea.version);
        return form;
    }

    public IdeaInputs.IdeaInput toInput() {
        String eventSlug = null;
        Long challengeId = null;
        if (placement != null && placement.contains(":")) {
            String[] parts = placement.split(":", 2);
            eventSlug = parts[0];
            try {
                challengeId = Long.valueOf(parts[1].strip());
            } catch (NumberFormatException e) {
                challengeId = -1L;
            }
        }
        Integer versionNumber = null;
        if (version != null && !version.isBlank()) {
            try {
                versionNumber = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                versionNumber = -1;
            }
        }
        return new IdeaInputs.IdeaInput(title, problem, solution, benefitCitizens, benefitOfficers, service, department,
                split(tags), coauthors(), eventSlug, challengeId, versionNumber);
    }

    /** The ticked co-authors; a value that is not a number names nobody (refused as unknown). */
    public List<Long> coauthors() {
        List<Long> ids = new ArrayList<>();
        for (String value : coauthorIds == null ? List.<String>of() : coauthorIds) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                ids.add(-1L);
            }
        }
        return ids.stream().distinct().toList();
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
