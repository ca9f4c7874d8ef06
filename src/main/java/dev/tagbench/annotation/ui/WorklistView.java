package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.AssignmentStatus;
import dev.tagbench.annotation.WorkHolders;
import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleSort;
import dev.tagbench.article.ArticleSummary;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a project, loaded lazily page by page: for curators their own progress, for
 * managers and reviewers who holds each article.
 */
@Route("")
@PageTitle("Articles · Tagbench")
@PermitAll
public class WorklistView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * An article with how many of its sentences the curator has decided, their slot on it if any,
     * and who holds it (for those who steer the project).
     */
    record Row(ArticleSummary article, int done, @Nullable AssignmentStatus mine, List<WorkHolders.Holder> holders) {}

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ComboBox<Project> projectChooser = new ComboBox<>("Project");
    private final Grid<Row> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Button next = new Button("Next article", click -> nextArticle());
    private final AssignmentService assignments;
    private final WorkHolders holders;
    private final CuratorNotice curatorNotice;
    private final Grid.Column<Row> progressColumn;
    private final Grid.Column<Row> holdersColumn;

    public WorklistView(
            ArticleService articles,
            AnnotationService annotations,
            ProjectService projects,
            AssignmentService assignments,
            WorkHolders holders,
            CurrentUser currentUser) {
        this.assignments = assignments;
        this.holders = holders;
        this.articles = articles;
        this.annotations = annotations;
        this.projects = projects;
        this.currentUser = currentUser;
        setSizeFull();
        addClassName("worklist-view");
        projectChooser.setItemLabelGenerator(Project::name);
        // Project names are long ("Demo: Japan and Ukraine, spring offensive"): show them whole.
        projectChooser.setWidth("min(36rem, 90vw)");
        projectChooser.setOverlayWidth("min(48rem, 95vw)");
        projectChooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        WorklistView.class,
                        QueryParameters.of(
                                "project", String.valueOf(change.getValue().id()))));
            }
            showProject(change.getValue());
        });
        grid.addColumn(row -> row.article().title())
                .setHeader("Title")
                .setKey("title")
                .setSortProperty("title")
                .setTooltipGenerator(row -> row.article().title())
                .setFlexGrow(4);
        grid.addColumn(row -> format(row.article().publishedOn()))
                .setHeader("Date")
                .setKey("date")
                .setSortProperty("date")
                .setAutoWidth(true);
        grid.addColumn(row -> row.article().sentences())
                .setHeader("Sentences")
                .setKey("sentences")
                .setSortProperty("sentences")
                .setAutoWidth(true);
        progressColumn = grid.addComponentColumn(WorklistView::progress)
                .setHeader("My progress")
                .setAutoWidth(true);
        holdersColumn = grid.addColumn(WorklistView::holders)
                .setHeader("Held by")
                .setKey("holders")
                .setFlexGrow(2);
        grid.addColumn(row -> row.article().state().displayName())
                .setHeader("State")
                .setAutoWidth(true);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                grid.getUI()
                        .ifPresent(ui -> ui.navigate(
                                "articles/" + selected.getValue().article().id()));
            }
        });
        next.setId("next-article");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setTooltipText("Enter");
        var tools = new HorizontalLayout(projectChooser, next);
        tools.setAlignItems(Alignment.END);
        curatorNotice = new CuratorNotice(projects, currentUser, () -> showProject(projectChooser.getValue()));
        add(new H2("Articles"), tools, curatorNotice, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = currentUser.require();
        var visible = projects.visibleTo(actor);
        projectChooser.setItems(visible);
        var requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("project")
                .flatMap(id -> visible.stream()
                        .filter(p -> String.valueOf(p.id()).equals(id))
                        .findFirst());
        var chosen = requested.orElse(visible.isEmpty() ? null : visible.getFirst());
        projectChooser.setVisible(visible.size() > 1);
        projectChooser.setValue(chosen);
        showProject(chosen);
    }

    private void showProject(@Nullable Project project) {
        empty.setVisible(project == null);
        grid.setVisible(project != null);
        if (project == null) {
            empty.setText("You are not a member of any project yet. Ask a project manager to add you.");
            return;
        }
        var actor = currentUser.require();
        var roles = projects.rolesOf(actor, project.id());
        var curator = roles.contains(ProjectRole.ANNOTATOR);
        var steers = actor.admin() || roles.contains(ProjectRole.MANAGER) || roles.contains(ProjectRole.REVIEWER);
        next.setVisible(curator);
        progressColumn.setVisible(curator);
        holdersColumn.setVisible(steers);
        curatorNotice.setVisible(false);
        if (actor.admin()) {
            curatorNotice.show(project);
        }
        if (curator) {
            // A curator's first step is Next article: with the focus on it, Enter starts the work.
            next.focus();
        }
        grid.setItems(
                query -> {
                    var page = articles.page(
                            actor, project.id(), sort(query.getSortOrders()), query.getOffset(), query.getLimit());
                    var ids = page.stream().map(ArticleSummary::id).toList();
                    Map<Long, Integer> done = curator ? annotations.decidedCounts(actor, ids) : Map.of();
                    var mine = curator ? assignments.statusesOf(actor, ids) : Map.<Long, AssignmentStatus>of();
                    var held = steers ? holders.of(actor, project.id(), ids) : Map.<Long, List<WorkHolders.Holder>>of();
                    return page.stream()
                            .map(article -> new Row(
                                    article,
                                    done.getOrDefault(article.id(), 0),
                                    mine.get(article.id()),
                                    held.getOrDefault(article.id(), List.of())));
                },
                query -> articles.count(actor, project.id()));
    }

    private void nextArticle() {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        try {
            assignments
                    .nextArticle(currentUser.require(), project.id())
                    .ifPresentOrElse(
                            id -> getUI().ifPresent(ui -> ui.navigate("articles/" + id)),
                            () -> Notification.show("Every article has its curators; nothing needs you right now."));
        } catch (ForbiddenException | ConflictException e) {
            Notification.show(e.getMessage());
        }
    }

    static ArticleSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ArticleSort.NEWEST;
        }
        var order = orders.getFirst();
        var ascending = order.getDirection() == SortDirection.ASCENDING;
        return switch (order.getSorted()) {
            case "title" -> ascending ? ArticleSort.TITLE : ArticleSort.TITLE_DESC;
            case "date" -> ascending ? ArticleSort.OLDEST : ArticleSort.NEWEST;
            case "sentences" -> ascending ? ArticleSort.SHORTEST : ArticleSort.LONGEST;
            default -> ArticleSort.NEWEST;
        };
    }

    private static ProgressBar progressBar(Row row) {
        var bar = new ProgressBar(0, Math.max(1, row.article().sentences()), row.done());
        bar.setWidth("6em");
        return bar;
    }

    private static Component progress(Row row) {
        var submitted = row.mine() == AssignmentStatus.SUBMITTED;
        var text = new Span(row.done() + " / " + row.article().sentences() + (submitted ? " · submitted" : ""));
        text.addClassName(submitted ? "work-submitted" : "work-open");
        var layout = new HorizontalLayout(progressBar(row), text);
        layout.setAlignItems(Alignment.CENTER);
        return layout;
    }

    /** "ana ✓, ben · reviewing: rhea": curators (✓ submitted), then the reviewer. */
    static String holders(Row row) {
        var curators = row.holders().stream()
                .filter(holder -> holder.part() != WorkHolders.Part.REVIEWING)
                .map(holder -> holder.username() + (holder.part() == WorkHolders.Part.SUBMITTED ? " ✓" : ""))
                .collect(Collectors.joining(", "));
        var reviewer = row.holders().stream()
                .filter(holder -> holder.part() == WorkHolders.Part.REVIEWING)
                .map(holder -> "reviewing: " + holder.username())
                .findFirst();
        return reviewer.map(text -> curators.isEmpty() ? text : curators + " · " + text)
                .orElse(curators);
    }

    private static String format(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
