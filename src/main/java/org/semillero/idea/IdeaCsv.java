package org.semillero.idea;

import java.util.List;
import java.util.Map;

/** Ideas as RFC 4180 CSV; cells that a spreadsheet would run as formulas are neutralised. */
final class IdeaCsv {

    private static final List<String> HEADER = List.of("id", "title", "state", "challenge_id", "author", "department",
            "tags", "supports", "comments", "problem", "solution", "benefit_citizens", "benefit_officers", "created_at");

    private IdeaCsv() {
    }

    static String write(List<Idea> ideas, Map<Long, String> authors) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (Idea idea : ideas) {
            line(csv, List.of(String.valueOf(idea.id), idea.title, idea.state.name(),
                    idea.challengeId == null ? "" : String.valueOf(idea.challengeId),
                    authors.getOrDefault(idea.authorId, ""), idea.department == null ? "" : idea.department,
                    String.join(" ", idea.tags), String.valueOf(idea.supportCount), String.valueOf(idea.commentCount),
                    idea.problem, idea.solution, idea.benefitCitizens, idea.benefitOfficers, idea.createdAt.toString()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
