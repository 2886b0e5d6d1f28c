package org.semillero.backlog;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The conditions a project must meet to enter each stage, as data. A failed move lists the
 * codes of the unmet conditions (message keys {@code gate.<code>}).
 */
public final class StageGates {

    /** What the gates look at. */
    public record Facts(boolean sponsor, boolean owner, boolean decisionNote, int milestones, int milestonesDone,
                        int kpisWithBaseline, boolean stopReason, boolean lessons) {
    }

    public record Gate(String code, Predicate<Facts> met) {
    }

    public static final Map<ProjectStage, List<Gate>> GATES = Map.of(
            ProjectStage.APPROVED, List.of(
                    new Gate("sponsor", Facts::sponsor),
                    new Gate("owner", Facts::owner),
                    new Gate("decision-note", Facts::decisionNote)),
            ProjectStage.IN_PROGRESS, List.of(
                    new Gate("milestone", f -> f.milestones() > 0)),
            ProjectStage.PILOT, List.of(
                    new Gate("kpi-baseline", f -> f.kpisWithBaseline() > 0)),
            ProjectStage.DELIVERED, List.of(
                    new Gate("milestones-done", f -> f.milestones() > 0 && f.milestonesDone() == f.milestones())),
            ProjectStage.SCALED, List.of(),
            ProjectStage.STOPPED, List.of(
                    new Gate("stop-reason", Facts::stopReason),
                    new Gate("lessons", Facts::lessons)));

    private StageGates() {
    }

    /** Codes of the conditions not met for entering {@code stage}. */
    public static List<String> missing(ProjectStage stage, Facts facts) {
        return GATES.getOrDefault(stage, List.of()).stream().filter(g -> !g.met().test(facts)).map(Gate::code).toList();
    }
}
