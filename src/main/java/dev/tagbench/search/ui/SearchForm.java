package dev.tagbench.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.tagbench.article.ArticleState;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.search.SearchRequest;
import dev.tagbench.search.SearchService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The words and filters of a search, as fields, as a {@link SearchRequest} and as the URL's query
 * parameters (the API's names), so a search can be linked to, reloaded and opened from the review queue.
 */
class SearchForm extends VerticalLayout {

    final TextField words = new TextField();
    final Select<SearchRequest.Sort> sort = new Select<>();
    final ComboBox<String> label = new ComboBox<>("Label");
    final TextField curator = new TextField("Curator");
    final Select<ArticleState> state = new Select<>();
    final ComboBox<String> disagreement = new ComboBox<>("Curators disagree");
    final ComboBox<String> suggestion = new ComboBox<>("Suggested");
    final DatePicker from = new DatePicker("Dated from");
    final DatePicker to = new DatePicker("Dated to");
    final Button search = new Button("Search");
    private final Details filters;

    SearchForm(Runnable onSearch) {
        setPadding(false);
        addClassName("search-form");
        words.setId("search-words");
        words.setPlaceholder("words, \"a phrase\", or, -leave out");
        words.setMaxLength(SearchService.MAX_QUERY);
        words.setClearButtonVisible(true);
        words.setWidth("28em");
        words.setAriaLabel("Search words");
        words.addKeyPressListener(Key.ENTER, press -> onSearch.run());
        sort.setLabel("Order");
        sort.setItems(SearchRequest.Sort.values());
        sort.setItemLabelGenerator(value -> value == SearchRequest.Sort.RELEVANCE ? "Best match" : "Article order");
        sort.setValue(SearchRequest.Sort.RELEVANCE);
        search.setId("search-run");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> onSearch.run());
        state.setLabel("Article state");
        state.setItems(ArticleState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any");
        state.setItemLabelGenerator(value -> value == null ? "Any" : value.displayName());
        label.setId("search-label");
        disagreement.setId("search-disagreement");
        List.of(label, disagreement, suggestion).forEach(box -> box.setClearButtonVisible(true));
        var row = new HorizontalLayout(words, sort, search);
        row.setAlignItems(Alignment.BASELINE);
        var grid = new FormLayout(label, curator, state, disagreement, suggestion, from, to);
        filters = new Details("Filters", grid);
        add(row, filters);
    }

    /** Offers the project's labels; "any label" for disagreements. */
    void labels(Project project) {
        var keys = project.labels().stream().map(Label::key).toList();
        Function<String, String> name = key -> key.equals(SearchService.ANY_LABEL)
                ? "On any label"
                : project.label(key).map(Label::name).orElse(key);
        label.setItems(keys);
        label.setItemLabelGenerator(name::apply);
        suggestion.setItems(keys);
        suggestion.setItemLabelGenerator(name::apply);
        var disputed = new ArrayList<String>();
        disputed.add(SearchService.ANY_LABEL);
        disputed.addAll(keys);
        disagreement.setItems(disputed);
        disagreement.setItemLabelGenerator(name::apply);
    }

    SearchRequest request(@Nullable Long similarTo, int page, int size) {
        return new SearchRequest(
                words.getValue(),
                label.getValue(),
                blank(curator.getValue()),
                state.getValue(),
                disagreement.getValue(),
                suggestion.getValue(),
                null,
                from.getValue(),
                to.getValue(),
                similarTo,
                sort.getValue() == null ? SearchRequest.Sort.RELEVANCE : sort.getValue(),
                page,
                size);
    }

    /** The fields as query parameters, named as the API names them; empty ones left out. */
    Map<String, String> parameters() {
        var parameters = new HashMap<String, String>();
        put(parameters, "q", blank(words.getValue()));
        put(parameters, "label", label.getValue());
        put(parameters, "curator", blank(curator.getValue()));
        put(
                parameters,
                "state",
                state.getValue() == null ? null : state.getValue().name());
        put(parameters, "disagreement", disagreement.getValue());
        put(parameters, "suggestion", suggestion.getValue());
        put(parameters, "from", from.getValue() == null ? null : from.getValue().toString());
        put(parameters, "to", to.getValue() == null ? null : to.getValue().toString());
        if (sort.getValue() == SearchRequest.Sort.ARTICLE) {
            parameters.put("sort", "article");
        }
        return parameters;
    }

    /** Fills the fields from a link; values the project does not know are left for the search to refuse. */
    void fill(QueryParameters query) {
        words.setValue(single(query, "q").orElse(""));
        single(query, "label").ifPresent(value -> choose(label, value));
        curator.setValue(single(query, "curator").orElse(""));
        single(query, "state").flatMap(SearchForm::state).ifPresent(state::setValue);
        single(query, "disagreement").ifPresent(value -> choose(disagreement, value));
        single(query, "suggestion").ifPresent(value -> choose(suggestion, value));
        single(query, "from").flatMap(SearchForm::day).ifPresent(from::setValue);
        single(query, "to").flatMap(SearchForm::day).ifPresent(to::setValue);
        single(query, "sort")
                .filter(value -> value.equals("article"))
                .ifPresent(value -> sort.setValue(SearchRequest.Sort.ARTICLE));
        var filtered = List.of("label", "curator", "state", "disagreement", "suggestion", "from", "to").stream()
                .anyMatch(name -> single(query, name).isPresent());
        filters.setOpened(filtered);
    }

    /** Chooses a value the box offers; a key the project does not have is left out. */
    private static void choose(ComboBox<String> box, String value) {
        if (box.getListDataView().contains(value)) {
            box.setValue(value);
        }
    }

    private static Optional<String> single(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static Optional<ArticleState> state(String value) {
        try {
            return Optional.of(ArticleState.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
