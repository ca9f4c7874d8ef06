package dev.tagbench.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.annotation.ui.HistoryList;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ui.QueueSearch;
import dev.tagbench.search.SearchHit;
import dev.tagbench.search.SearchService;
import dev.tagbench.user.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A search over one of the user's projects: the form, a page of hits with the matched words marked,
 * paging, "similar sentences" and each hit's history; for a project's managers, the bulk suggestion.
 * Each hit links to its article, opened at that sentence.
 */
public class SearchPanel extends VerticalLayout implements QueueSearch.Panel {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final HistoryService history;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ComboBox<Project> project = new ComboBox<>("Project");
    private final SearchForm form = new SearchForm(() -> run(0));
    private final Grid<SearchHit> hits = new Grid<>();
    private final Span summary = new Span();
    private final Span similar = new Span();
    private final Button clearSimilar = new Button("Show all again", click -> similarTo(null));
    private int page;
    private final Button previous = new Button("Previous", click -> run(page - 1));
    private final Button next = new Button("Next", click -> run(page + 1));
    private final BulkSuggestBar bulk;
    private @Nullable Long similarTo;
    private Consumer<Map<String, String>> onSearched = parameters -> {};

    public SearchPanel(SearchService search, HistoryService history, ProjectService projects, CurrentUser currentUser) {
        this.search = search;
        this.history = history;
        this.projects = projects;
        this.currentUser = currentUser;
        this.bulk = new BulkSuggestBar(search, currentUser);
        addClassName("search-panel");
        setPadding(false);
        project.setId("search-project");
        project.setItemLabelGenerator(Project::name);
        project.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                form.labels(change.getValue());
                bulk.project(change.getValue(), manages(change.getValue()));
            }
            hits.setItems(List.of());
            summary.setText("");
        });
        summary.setId("search-summary");
        summary.addClassName("search-summary");
        hits.addClassName("search-hits");
        hits.addComponentColumn(SearchPanel::sentence).setHeader("Sentence").setFlexGrow(4);
        hits.addComponentColumn(hit -> new Anchor(hit.link(), hit.articleTitle() + " · " + (hit.index() + 1)))
                .setHeader("Article")
                .setFlexGrow(2);
        hits.addColumn(hit -> String.join(", ", hit.labels()))
                .setHeader("Labels")
                .setAutoWidth(true);
        hits.addColumn(hit -> hit.state().displayName()).setHeader("State").setAutoWidth(true);
        hits.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        hits.setAllRowsVisible(true);
        similar.addClassName("search-similar");
        clearSimilar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearSimilar.setVisible(false);
        previous.setId("search-previous");
        next.setId("search-next");
        add(
                project,
                form,
                new HorizontalLayout(similar, clearSimilar),
                summary,
                hits,
                new HorizontalLayout(previous, next),
                bulk);
        pager(0);
    }

    /**
     * Offers the projects, chooses the preferred one (else the first) and, when the query names a
     * search, runs it.
     *
     * @return false when there is no project to search
     */
    @Override
    public boolean load(List<Project> offered, @Nullable String preferredId, QueryParameters query) {
        project.setItems(offered);
        if (offered.isEmpty()) {
            return false;
        }
        project.setValue(offered.stream()
                .filter(p -> String.valueOf(p.id()).equals(preferredId))
                .findFirst()
                .orElse(offered.getFirst()));
        form.fill(query);
        var similarParameter = query.getSingleParameter("similarTo");
        showSimilar(similarParameter.map(SearchPanel::id).orElse(null));
        if (!form.parameters().isEmpty() || similarTo != null) {
            run(0);
        }
        return true;
    }

    @Override
    public Component component() {
        return this;
    }

    /** Called with the query parameters of every search run, to keep the URL in step. */
    public void onSearched(Consumer<Map<String, String>> listener) {
        onSearched = listener;
    }

    private void run(int wanted) {
        var chosen = project.getValue();
        if (chosen == null || wanted < 0) {
            return;
        }
        var request = form.request(similarTo, wanted, PAGE_SIZE);
        try {
            var found = search.search(currentUser.require(), chosen.id(), request);
            page = wanted;
            hits.setItems(found.items());
            summary.removeClassName("search-error");
            summary.setText(describe(found));
            pager(found.total());
            bulk.found(request, similarTo == null ? found.total() : 0);
        } catch (InvalidInputException | ForbiddenException | NotFoundException e) {
            hits.setItems(List.of());
            summary.addClassName("search-error");
            summary.setText(e.getMessage());
            pager(0);
            bulk.found(request, 0);
        }
        var parameters = new HashMap<>(form.parameters());
        parameters.put("project", String.valueOf(chosen.id()));
        if (similarTo != null) {
            parameters.put("similarTo", String.valueOf(similarTo));
        }
        onSearched.accept(parameters);
    }

    private String describe(SearchHit.Page found) {
        if (found.total() == 0) {
            return "No sentence found.";
        }
        var first = page * PAGE_SIZE + 1;
        var last = page * PAGE_SIZE + found.items().size();
        var text = "Sentences " + first + "–" + last + " of " + (found.more() ? "more than " : "") + found.total();
        if (found.notEmbedded() != null && found.notEmbedded() > 0) {
            text += " (" + found.notEmbedded() + " not compared yet: their meaning is not computed)";
        }
        return text + ".";
    }

    private void pager(int total) {
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < Math.min(total, SearchService.MAX_REACH));
    }

    private void similarTo(@Nullable Long sentenceId) {
        showSimilar(sentenceId);
        run(0);
    }

    private void showSimilar(@Nullable Long sentenceId) {
        similarTo = sentenceId;
        similar.setText(sentenceId == null ? "" : "Sentences that mean the same as sentence " + sentenceId + ".");
        clearSimilar.setVisible(sentenceId != null);
    }

    private HorizontalLayout actions(SearchHit hit) {
        var like = new Button("Similar", click -> similarTo(hit.sentenceId()));
        like.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var changes = new Button("History", click -> showHistory(hit));
        changes.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        changes.addClassName("search-history");
        return new HorizontalLayout(like, changes);
    }

    private void showHistory(SearchHit hit) {
        var list = new HistoryList();
        list.show(history.ofSentence(currentUser.require(), hit.sentenceId()), false);
        var dialog = new Dialog(list);
        dialog.setHeaderTitle("History of sentence " + (hit.index() + 1) + " of " + hit.articleTitle());
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.setWidth("48em");
        dialog.open();
    }

    /** The sentence in pieces, the matched words marked; every piece set as text. */
    private static Div sentence(SearchHit hit) {
        var text = new Div();
        text.addClassName("search-sentence");
        for (var fragment : hit.fragments()) {
            var piece = new Span(fragment.text());
            if (fragment.hit()) {
                piece.addClassName("search-match");
            }
            text.add(piece);
        }
        return text;
    }

    private boolean manages(Project chosen) {
        var actor = currentUser.require();
        return actor.admin() || projects.rolesOf(actor, chosen.id()).contains(ProjectRole.MANAGER);
    }

    private static @Nullable Long id(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
