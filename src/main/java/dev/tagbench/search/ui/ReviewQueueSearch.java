package dev.tagbench.search.ui;

import dev.tagbench.annotation.HistoryService;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ui.QueueSearch;
import dev.tagbench.search.SearchService;
import dev.tagbench.user.CurrentUser;
import org.springframework.stereotype.Component;

/** The review queue's search: the Search view's panel, over the projects the reviewer reviews. */
@Component
class ReviewQueueSearch implements QueueSearch {

    private final SearchService search;
    private final HistoryService history;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    ReviewQueueSearch(SearchService search, HistoryService history, ProjectService projects, CurrentUser currentUser) {
        this.search = search;
        this.history = history;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Override
    public Panel create() {
        return new SearchPanel(search, history, projects, currentUser);
    }
}
