package org.semillero.comment;

/** What people send about comments. */
public final class CommentInputs {

    private CommentInputs() {
    }

    /** A new comment, or a reply when {@code parentId} names a top-level comment. */
    public record CommentInput(String body, Long parentId) {
    }

    /** The new text of one's own comment. */
    public record EditInput(String body) {
    }
}
