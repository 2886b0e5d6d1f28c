package org.semillero.idea;

import java.util.List;
import java.util.Map;
import org.semillero.shared.web.Csv;

/** An event's ideas as CSV rows. */
final class IdeaCsv {

    private static final List<String> HEADER = List.of("id", "title", "state", "challenge_id", "author", "department",
            "tags", "supports", "comments", "problem", "solution", "benefit_citizens", "benefit_officers", "created_at");

    private IdeaCsv() {
    }

    static String write(List<Idea> ideas, Map<Long, String> authors) {
        StringBuilder csv = new StringBuilder();
        csv.append(Csv.line(HEADER));
        for (Idea idea : ideas) {
            csv.append(Csv.line(List.of(String.valueOf(idea.id), idea.title, idea.state.name(),
                    idea.challengeId == null ? "" : String.valueOf(idea.challengeId),
                    authors.getOrDefault(idea.authorId, ""), idea.department == null ? "" : idea.department,
                    String.join(" ", idea.tags), String.valueOf(idea.supportCount), String.valueOf(idea.commentCount),
                    idea.problem, idea.solution, idea.benefitCitizens, idea.benefitOfficers, idea.createdAt.toString())));
        }
        return csv.toString();
    }
}
