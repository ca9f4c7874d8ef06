package dev.tagbench.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleState;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** Articles waiting for review, or in review, in the projects where the user reviews. */
@Route("review")
@PageTitle("Review · Tagbench")
@PermitAll
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver {

    /** One article in the queue. */
    record Item(long articleId, String project, String title, ArticleState state) {}

    private final ArticleService articles;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Grid<Item> grid = new Grid<>();
    private final QueueSearch.@Nullable Panel search;
    private final Details searchDetails;

    public ReviewQueueView(
            ArticleService articles,
            ProjectService projects,
            CurrentUser currentUser,
            ObjectProvider<QueueSearch> queueSearch) {
        this.articles = articles;
        this.projects = projects;
        this.currentUser = currentUser;
        setSizeFull();
        grid.addComponentColumn(item -> new Anchor("review/" + item.articleId(), item.title()))
                .setHeader("Article")
                .setFlexGrow(3);
        grid.addColumn(Item::project).setHeader("Project").setAutoWidth(true);
        grid.addColumn(item -> item.state().displayName()).setHeader("State").setAutoWidth(true);
        grid.setSizeFull();
        add(
                new H2("Review"),
                new Paragraph("Articles whose curators have all submitted. Opening one starts its "
                        + "review, unless you annotated it yourself."));
        search = queueSearch.stream().findFirst().map(QueueSearch::create).orElse(null);
        searchDetails = new Details("Search the projects you review");
        searchDetails.setId("review-search");
        if (search != null) {
            searchDetails.add(search.component());
            add(searchDetails);
        }
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = currentUser.require();
        var items = new ArrayList<Item>();
        for (var project : projects.withRole(actor, ProjectRole.REVIEWER)) {
            articles.inStates(actor, project.id(), List.of(ArticleState.ANNOTATED, ArticleState.IN_REVIEW))
                    .forEach(a -> items.add(new Item(a.id(), project.name(), a.title(), a.state())));
        }
        grid.setItems(items);
        if (search != null) {
            var query = event.getLocation().getQueryParameters();
            search.load(
                    projects.withRole(actor, ProjectRole.REVIEWER),
                    query.getSingleParameter("project").orElse(null),
                    query);
            // A link that names a search opens it; otherwise the queue comes first.
            searchDetails.setOpened(!query.getParameters().isEmpty());
        }
    }
}
