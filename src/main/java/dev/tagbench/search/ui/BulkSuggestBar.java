package dev.tagbench.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.search.BulkSuggestions;
import dev.tagbench.search.SearchRequest;
import dev.tagbench.search.SearchService;
import dev.tagbench.user.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A manager's guarded bulk action: the sentences found become suggestions of a label, never labels.
 * It asks first, naming how many sentences it will touch, and then reports how many it touched and
 * how many of them already carry a conflicting decision.
 */
class BulkSuggestBar extends VerticalLayout {

    private final SearchService search;
    private final CurrentUser currentUser;
    private final ComboBox<Label> label = new ComboBox<>("Suggest the label");
    private final Button suggest = new Button("Suggest for every sentence found");
    private final Span report = new Span();
    private @Nullable Project project;
    private @Nullable SearchRequest request;
    private int found;

    BulkSuggestBar(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
        addClassName("bulk-suggest");
        setPadding(false);
        label.setId("bulk-label");
        label.setItemLabelGenerator(Label::name);
        suggest.setId("bulk-suggest");
        suggest.addClickListener(click -> confirm());
        report.setId("bulk-report");
        var row = new HorizontalLayout(label, suggest);
        row.setAlignItems(Alignment.BASELINE);
        add(
                new Paragraph("Curators see these as suggestions and decide; they pass review as usual."
                        + " At most " + SearchService.MAX_BULK + " sentences at a time; similar-sentence"
                        + " searches cannot be turned into suggestions."),
                row,
                report);
        setVisible(false);
    }

    /** Shown only to the project's managers. */
    void project(Project chosen, boolean manager) {
        project = chosen;
        label.setItems(chosen.labels());
        report.setText("");
        setVisible(manager);
        found(null, 0);
    }

    /** The search the action would act on, and how many sentences it finds (0: none it may act on). */
    void found(@Nullable SearchRequest searched, int total) {
        request = searched;
        found = total;
        suggest.setEnabled(searched != null && total > 0 && total <= SearchService.MAX_BULK);
        suggest.setText(
                total > 0 ? "Suggest for the " + total + " sentences found" : "Suggest for every sentence found");
    }

    private void confirm() {
        var chosen = label.getValue();
        if (chosen == null || request == null || project == null) {
            label.setInvalid(true);
            label.setErrorMessage("Choose the label to suggest.");
            return;
        }
        label.setInvalid(false);
        var dialog = new ConfirmDialog(
                "Suggest " + chosen.name() + "?",
                "The " + found + " sentences found get a suggestion of " + chosen.name()
                        + ". Nothing becomes a label until a curator accepts it.",
                "Suggest",
                event -> run(chosen));
        dialog.setCancelable(true);
        dialog.setId("bulk-confirm");
        dialog.open();
    }

    private void run(Label chosen) {
        var target = project;
        var searched = request;
        if (target == null || searched == null) {
            return;
        }
        try {
            var done = search.suggest(currentUser.require(), target.id(), searched, chosen.key());
            report.setText(describe(done, chosen));
        } catch (InvalidInputException e) {
            report.setText(e.getMessage());
        }
    }

    static String describe(BulkSuggestions done, Label chosen) {
        return "Suggested " + chosen.name() + " for " + done.touched() + " sentences; " + done.conflicting()
                + " of them already carry a conflicting decision.";
    }
}
