package dev.tagbench.article;

/** Orders of article lists; each ends with the id so pages never overlap. */
public enum ArticleSort {
    NEWEST("published_on desc nulls last, id desc"),
    OLDEST("published_on asc nulls last, id asc"),
    TITLE("lower(title) asc, id asc"),
    TITLE_DESC("lower(title) desc, id desc"),
    LONGEST("sentence_count desc, id asc"),
    SHORTEST("sentence_count asc, id asc"),
    IMPORTED("id asc");

    final String orderBy;

    ArticleSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
