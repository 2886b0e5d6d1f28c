package org.semillero.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.semillero.challenge.Challenge;
import org.semillero.challenge.ChallengeStatus;
import org.semillero.idea.IdeaCriteria;
import org.semillero.idea.IdeaSearchService;
import org.semillero.idea.IdeaService;
import org.semillero.idea.IdeaState;
import org.semillero.shared.security.Roles;
import org.semillero.shared.security.Viewer;
import org.semillero.team.SubmissionService;

/** The organizers' review queue: challenges waiting for a decision and ideas waiting for moderation. */
@Path("/review")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    static final int QUEUE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Challenge> challenges, IdeaSearchService.Page ideas,
                                             List<SubmissionService.Pending> submissions);
    }

    private final IdeaService ideas;
    private final Viewer viewer;

    private final IdeaSearchService finder;

    private final SubmissionService submissions;

    ReviewPages(IdeaService ideas, Viewer viewer, IdeaSearchService finder, SubmissionService submissions) {
        this.submissions = submissions;
        this.finder = finder;
        this.ideas = ideas;
        this.viewer = viewer;
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    public TemplateInstance queue(@QueryParam("cursor") String cursor) {
        IdeaSearchService.Page submitted = finder.search(viewer.actor(), new IdeaCriteria(null, null, null,
                IdeaState.SUBMITTED, null, null, "newest", cursor, QUEUE_SIZE));
        return Templates.queue(Challenge.byStatus(ChallengeStatus.OPEN), submitted,
                submissions.awaitingReview(viewer.actor()));
    }
}
