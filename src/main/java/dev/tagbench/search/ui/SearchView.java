package dev.tagbench.search.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.project.ProjectService;
import dev.tagbench.search.SearchService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;

/**
 * Search across a project for every member: managers and reviewers find in the whole project, curators
 * in the articles they hold (and in a blind project see only their own labels). The URL carries the
 * search, so it can be linked to and reloaded.
 */
@Route("search")
@PageTitle("Search · Tagbench")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final SearchPanel panel;

    public SearchView(SearchService search, HistoryService history, ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.panel = new SearchPanel(search, history, projects, currentUser);
        addClassName("search-view");
        panel.onSearched(parameters -> getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("search", QueryParameters.simple(parameters)))));
        add(new H2("Search"), panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var preferred = query.getSingleParameter("project").orElse(null);
        if (!panel.load(projects.visibleTo(currentUser.require()), preferred, query)) {
            removeAll();
            add(new H2("Search"), new Paragraph("You are not a member of any project yet."));
        }
    }
}
