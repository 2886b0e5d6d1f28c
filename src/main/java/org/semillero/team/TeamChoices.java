package org.semillero.team;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.semillero.challenge.ChallengeService;
import org.semillero.event.Event;
import org.semillero.idea.Idea;
import org.semillero.idea.IdeaState;

/**
 * What team and submission forms offer to choose from, by title: the event's published ideas
 * and its themes (templates read it as {@code inject:teamChoices}); nobody types a number.
 */
@Named("teamChoices")
@RequestScoped
public class TeamChoices {

    /** One choice: the value the form sends and the title people read. */
    public record Choice(String id, String title) {
    }

    private final ChallengeService challenges;

    TeamChoices(ChallengeService challenges) {
        this.challenges = challenges;
    }

    public List<Choice> ideas(Event event) {
        return Idea.<Idea>list("eventId = ?1 and state in ?2 order by lower(title), id", event.id,
                        List.of(IdeaState.SUBMITTED, IdeaState.SHORTLISTED, IdeaState.PROMOTED)).stream()
                .map(idea -> new Choice(String.valueOf(idea.id), idea.title)).toList();
    }

    public List<Choice> themes(Event event) {
        return challenges.themesOf(event.id).stream().map(c -> new Choice(String.valueOf(c.id), c.title)).toList();
    }
}
