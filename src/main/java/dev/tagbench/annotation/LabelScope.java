package dev.tagbench.annotation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of a project's articles a viewer may find, and whose labels there: the one rule that search,
 * history and the activity feed apply, in the UI and the API alike.
 *
 * @param viewerId     the viewer
 * @param everyArticle a reviewer, manager or administrator: the whole project; else only {@code held}
 * @param blind        the project is blind: curators see only their own labels
 * @param ownOnly      articles on which the viewer's own part can still change, so they see only their
 *                     own labels there (see {@link AnnotationService#requireOthersVisible})
 * @param held         articles the viewer holds or held a slot on, or labelled (curators' scope)
 */
public record LabelScope(long viewerId, boolean everyArticle, boolean blind, Set<Long> ownOnly, Set<Long> held) {

    public LabelScope {
        ownOnly = Set.copyOf(ownOnly);
        held = Set.copyOf(held);
    }

    /** What the viewer sees of the article's labels; null when the article is out of their reach. */
    public @Nullable LabelView view(long articleId) {
        if (everyArticle) {
            return ownOnly.contains(articleId) ? LabelView.OWN : LabelView.ALL;
        }
        if (!held.contains(articleId)) {
            return null;
        }
        return blind ? LabelView.OWN : LabelView.CURATORS;
    }
}
