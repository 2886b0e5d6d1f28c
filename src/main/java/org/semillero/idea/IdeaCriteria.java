package org.semillero.idea;

/**
 * Search and filters for the idea list. {@code sort}: relevance (default when searching),
 * newest (default otherwise), supported, commented.
 */
public record IdeaCriteria(String query, String eventSlug, Long challengeId, IdeaState state, String tag,
                           String department, String sort, String cursor, int size) {

    public static final java.util.List<String> SORTS = java.util.List.of("relevance", "newest", "supported", "commented");

    public boolean searching() {
        return query != null && !query.isBlank();
    }

    public String effectiveSort() {
        if (sort == null || sort.isBlank() || !SORTS.contains(sort)) {
            return searching() ? "relevance" : "newest";
        }
        return "relevance".equals(sort) && !searching() ? "newest" : sort;
    }
}
