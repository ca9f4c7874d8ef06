package dev.tagbench.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.project.Project;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search shown in the review queue, so reviewers find the sentences to settle (curators disagree on
 * a label, a word, a date) across the projects they review. The search feature, which builds on review,
 * provides it; the queue works without it.
 */
public interface QueueSearch {

    /** A new search for one view. */
    Panel create();

    /** One view's search. */
    interface Panel {

        Component component();

        /**
         * Offers the projects, chooses the preferred one (else the first), and runs the search the
         * query names, if any.
         *
         * @return false when there is no project to search
         */
        boolean load(List<Project> projects, @Nullable String preferredId, QueryParameters query);
    }
}
