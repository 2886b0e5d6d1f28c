package org.semillero.comment;

import jakarta.enterprise.context.ApplicationScoped;
import org.semillero.shared.security.Viewer;

/** Hands resources the comments sub-resource of an idea or a challenge. */
@ApplicationScoped
public class CommentThreads {

    private final CommentService comments;
    private final Viewer viewer;

    CommentThreads(CommentService comments, Viewer viewer) {
        this.comments = comments;
        this.viewer = viewer;
    }

    public CommentThreadResource of(CommentTarget target) {
        return new CommentThreadResource(comments, viewer, target);
    }
}
