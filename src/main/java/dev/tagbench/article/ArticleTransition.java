package dev.tagbench.article;

import java.util.Set;

/**
 * The ways an article moves through its life, each with the states it may start from. This is the
 * one place the workflow's rules live:
 *
 * <pre>
 * NEW ──START──▶ IN_PROGRESS ──ALL_SUBMITTED──▶ ANNOTATED ──START_REVIEW──▶ IN_REVIEW ──APPROVE──▶ APPROVED
 *  │               ▲    ▲                          │                          │                     ▲
 *  │               │    └──────── REOPEN ──────────┘                          │                     │
 *  │               └──────── RESUME ◀── REJECTED ◀──────── REJECT ────────────┘                     │
 *  └──────────────────────────────────── IMPORT_APPROVED ───────────────────────────────────────────┘
 *                                         (a labelled dataset imported back, labels kept)
 * APPROVED ──RETURN_TO_REVIEW──▶ IN_REVIEW   (a manager sends it back for a correction, with a reason)
 * </pre>
 */
public enum ArticleTransition {
    /** The first curator starts. */
    START(ArticleState.IN_PROGRESS, ArticleState.NEW),
    /** The last required curator submitted. */
    ALL_SUBMITTED(ArticleState.ANNOTATED, ArticleState.IN_PROGRESS),
    /** A curator takes their submission back before review starts. */
    REOPEN(ArticleState.IN_PROGRESS, ArticleState.ANNOTATED),
    /** A reviewer takes the article. */
    START_REVIEW(ArticleState.IN_REVIEW, ArticleState.ANNOTATED),
    /** Every sentence has final labels and the reviewer approves. */
    APPROVE(ArticleState.APPROVED, ArticleState.IN_REVIEW),
    /** The reviewer sends it back to the curators with a comment. */
    REJECT(ArticleState.REJECTED, ArticleState.IN_REVIEW),
    /** A curator starts reworking a rejected article. */
    RESUME(ArticleState.IN_PROGRESS, ArticleState.REJECTED),
    /** A manager imports an already labelled article (a dataset coming back): approved as imported. */
    IMPORT_APPROVED(ArticleState.APPROVED, ArticleState.NEW),
    /**
     * A manager sends an approved article back to review to correct it; its final labels stay for
     * editing and no reviewer holds it until one opens it.
     */
    RETURN_TO_REVIEW(ArticleState.IN_REVIEW, ArticleState.APPROVED);

    private final ArticleState target;
    private final Set<ArticleState> from;

    ArticleTransition(ArticleState target, ArticleState... from) {
        this.target = target;
        this.from = Set.of(from);
    }

    public ArticleState target() {
        return target;
    }

    public boolean allowedFrom(ArticleState state) {
        return from.contains(state);
    }
}
