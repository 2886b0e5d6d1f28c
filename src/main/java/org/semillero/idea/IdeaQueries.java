package org.semillero.idea;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.semillero.event.Event;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;
import org.semillero.shared.web.Keyset;

/** Turns list query parameters (API and pages alike) into {@link IdeaCriteria}, rejecting bad ones. */
@ApplicationScoped
public class IdeaQueries {

    public static final int PAGE_SIZE = 20;

    public IdeaCriteria criteria(String q, String event, String challenge, String state, String tag, String department,
                                 String sort, String cursor, String size) {
        int pageSize = Keyset.size(size, PAGE_SIZE);
        List<FieldError> errors = new ArrayList<>();
        Long challengeId = null;
        if (challenge != null && !challenge.isBlank()) {
            try {
                challengeId = Long.valueOf(challenge.strip());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("challenge", "validation.number"));
            }
        }
        IdeaState wanted = null;
        if (state != null && !state.isBlank()) {
            wanted = IdeaState.parse(state).orElse(null);
            if (wanted == null || wanted == IdeaState.DRAFT) {
                errors.add(FieldError.of("state", "idea.state.unknown"));
            }
        }
        if (sort != null && !sort.isBlank() && !IdeaCriteria.SORTS.contains(sort.strip())) {
            errors.add(FieldError.of("sort", "idea.sort.unknown"));
        }
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "validation.size.max", Map.of("max", 200)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new IdeaCriteria(q, event, challengeId, wanted, tag, department,
                sort == null ? null : sort.strip(), cursor, pageSize);
    }

    /** Event slugs for a page of ideas, in one query; idea-box ideas have none. */
    public Map<Long, String> eventSlugs(List<Idea> ideas) {
        Set<Long> ids = ideas.stream().map(i -> i.eventId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> slugs = new HashMap<>();
        if (!ids.isEmpty()) {
            Event.<Event>list("id in ?1", ids).forEach(e -> slugs.put(e.id, e.slug));
        }
        return slugs;
    }
}
