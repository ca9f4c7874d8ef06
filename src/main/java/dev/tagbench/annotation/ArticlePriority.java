package dev.tagbench.annotation;

import java.util.List;

/**
 * Which articles Next article hands out first in a project, such as those a model is least sure
 * about (active learning). Implemented by features above this one, so they can steer the order
 * without this feature depending on them.
 */
public interface ArticlePriority {

    /**
     * Article ids to hand out first, most wanted first; empty for the usual order (closest to
     * complete, then oldest). Articles not listed come after the listed ones, in the usual order.
     */
    List<Long> preferred(long projectId);
}
