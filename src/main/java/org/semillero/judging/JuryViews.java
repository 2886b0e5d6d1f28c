package org.semillero.judging;

import java.util.List;
import org.semillero.event.Event;

/** What the API answers about juries and their method. */
public final class JuryViews {

    private JuryViews() {
    }

    public record MethodView(int juryWeight, int voteWeight, String normalisation, String tieBreak, int minJudges,
                             String judgeComments) {

        static MethodView of(Event e) {
            return new MethodView(e.juryWeight, e.voteWeight, e.normalisation, e.tieBreak, e.minJudges, e.judgeComments);
        }
    }

    public record CriterionView(long id, String name, String description, int weight) {
    }

    public record JurySetupView(JuryViews.MethodView method, List<JuryViews.CriterionView> criteria, List<JuryService.JudgeView> judges) {
    }
}
