package dev.tagbench.article;

/** Where an article is in its life from import to approval. */
public enum ArticleState {
    NEW("new"),
    IN_PROGRESS("in progress"),
    ANNOTATED("waiting for review"),
    IN_REVIEW("in review"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String displayName;

    ArticleState(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The state as Tagbench names it to people, in every view and message; lower case, so that it
     * reads within a sentence ("The article is in review").
     */
    public String displayName() {
        return displayName;
    }
}
