package org.semillero.comment;

/** What a comment is about. */
public record CommentTarget(Kind kind, long id) {

    public enum Kind {
        IDEA, CHALLENGE
    }

    public static CommentTarget idea(long id) {
        return new CommentTarget(Kind.IDEA, id);
    }

    public static CommentTarget challenge(long id) {
        return new CommentTarget(Kind.CHALLENGE, id);
    }

    String table() {
        return kind == Kind.IDEA ? "idea" : "challenge";
    }
}
