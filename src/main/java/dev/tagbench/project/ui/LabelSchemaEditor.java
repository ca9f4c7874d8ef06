package dev.tagbench.project.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.tagbench.base.InvalidInputException.FieldError;
import dev.tagbench.project.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A project's label schema as managers edit it: the labels in display order (drag a row, or Alt+↑/↓
 * and the move buttons), the chosen label's fields beside them, Add label and Remove label. Nothing
 * is stored here; the settings view saves {@link #labels()} as a whole.
 */
final class LabelSchemaEditor extends Composite<VerticalLayout> {

    private static final Pattern LABEL_FIELD = Pattern.compile("labels\\[(\\d+)]\\.(\\w+)");

    private final List<LabelDraft> drafts = new ArrayList<>();
    private final Grid<LabelDraft> grid = new Grid<>();
    private final LabelForm form = new LabelForm(this::refreshSelected);
    private final Button up = new Button("Move up", VaadinIcon.ARROW_UP.create(), click -> move(-1));
    private final Button down = new Button("Move down", VaadinIcon.ARROW_DOWN.create(), click -> move(1));
    private final Button remove = new Button("Remove label", VaadinIcon.TRASH.create(), click -> removeSelected());
    private final Span hint = new Span("Choose a label to change it, or add one.");
    /** What is wrong with the schema as a whole, such as having no label. */
    private final Span problem = new Span();

    private @Nullable LabelDraft dragged;

    LabelSchemaEditor() {
        grid.addComponentColumn(LabelSchemaEditor::chip).setHeader("Label").setAutoWidth(true);
        grid.addColumn(draft -> draft.key).setHeader("Key").setAutoWidth(true);
        grid.addColumn(draft -> draft.hotkey).setHeader("Hotkey").setAutoWidth(true);
        grid.addColumn(draft -> draft.description).setHeader("Description").setFlexGrow(1);
        grid.addComponentColumn(LabelSchemaEditor::problems).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(drafts);
        grid.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            var moving = dragged;
            if (moving != null && moving != target) {
                drafts.remove(moving);
                var at = drafts.indexOf(target) + (drop.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                drafts.add(at, moving);
                grid.getDataProvider().refreshAll();
                grid.select(moving);
            }
        }));
        grid.setAriaLabel("Labels in display order; Alt+Up and Alt+Down move the chosen label");
        Shortcuts.addShortcutListener(grid, () -> move(-1), Key.ARROW_UP, KeyModifier.ALT)
                .listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> move(1), Key.ARROW_DOWN, KeyModifier.ALT)
                .listenOn(grid);
        var add = new Button("Add label", VaadinIcon.PLUS.create(), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        up.addThemeVariants(ButtonVariant.LUMO_SMALL);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var tools = new HorizontalLayout(add, up, down, remove);
        tools.setSpacing(true);
        var content = getContent();
        content.setPadding(false);
        content.addClassName("label-schema-editor");
        hint.addClassName("label-form-hint");
        problem.addClassName("label-schema-problem");
        problem.setVisible(false);
        content.add(tools, problem, grid, hint, form);
        selected(null);
    }

    /** Starts over from the stored schema. */
    void setLabels(List<Label> labels) {
        problem.setVisible(false);
        drafts.clear();
        labels.forEach(label -> drafts.add(LabelDraft.of(label)));
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        selected(null);
    }

    /** The labels as edited, in display order. */
    List<Label> labels() {
        return drafts.stream().map(LabelDraft::toLabel).toList();
    }

    /**
     * Puts a save attempt's messages on their labels' fields and shows the first label that has one;
     * returns the messages that belong to no label field.
     */
    List<FieldError> showErrors(List<FieldError> errors) {
        drafts.forEach(draft -> draft.errors.clear());
        var rest = new ArrayList<FieldError>();
        for (var error : errors) {
            var field = LABEL_FIELD.matcher(error.field());
            if (field.matches() && Integer.parseInt(field.group(1)) < drafts.size()) {
                drafts.get(Integer.parseInt(field.group(1))).errors.put(field.group(2), error.message());
            } else if (error.field().equals("labels")) {
                problem.setText(error.message());
                problem.setVisible(true);
            } else {
                rest.add(error);
            }
        }
        grid.getDataProvider().refreshAll();
        drafts.stream().filter(draft -> !draft.errors.isEmpty()).findFirst().ifPresent(grid::select);
        form.show(grid.asSingleSelect().getValue());
        return rest;
    }

    /** Adds an empty label at the end, chosen, its first field focused. */
    void add() {
        problem.setVisible(false);
        var draft = LabelDraft.fresh(drafts);
        drafts.add(draft);
        grid.getDataProvider().refreshAll();
        grid.select(draft);
        form.focusFirst();
    }

    /** Moves the chosen label up (-1) or down (+1) in the display order. */
    void move(int by) {
        var draft = grid.asSingleSelect().getValue();
        if (draft == null) {
            return;
        }
        var from = drafts.indexOf(draft);
        var to = Math.clamp(from + by, 0, drafts.size() - 1);
        if (to != from) {
            drafts.remove(from);
            drafts.add(to, draft);
            grid.getDataProvider().refreshAll();
            grid.select(draft);
        }
    }

    void select(int index) {
        grid.select(drafts.get(index));
    }

    LabelForm form() {
        return form;
    }

    private void removeSelected() {
        var draft = grid.asSingleSelect().getValue();
        if (draft != null) {
            var index = drafts.indexOf(draft);
            drafts.remove(draft);
            grid.getDataProvider().refreshAll();
            if (drafts.isEmpty()) {
                grid.deselectAll();
            } else {
                grid.select(drafts.get(Math.min(index, drafts.size() - 1)));
            }
        }
    }

    private void selected(@Nullable LabelDraft draft) {
        form.show(draft);
        form.setVisible(draft != null);
        hint.setVisible(draft == null);
        up.setEnabled(draft != null);
        down.setEnabled(draft != null);
        remove.setEnabled(draft != null);
    }

    private void refreshSelected() {
        var draft = grid.asSingleSelect().getValue();
        if (draft != null) {
            grid.getDataProvider().refreshItem(draft);
        }
    }

    private static Span chip(LabelDraft draft) {
        var chip = new Span(draft.name.isBlank() ? "(no name yet)" : draft.name);
        chip.addClassName("chip");
        chip.getStyle().set("--chip-color", draft.colour);
        return chip;
    }

    private static Div problems(LabelDraft draft) {
        var problems = new Div();
        if (!draft.errors.isEmpty()) {
            var icon = VaadinIcon.WARNING.create();
            icon.addClassName("label-problem");
            icon.setTooltipText(String.join(" ", draft.errors.values()));
            problems.add(icon);
        }
        return problems;
    }
}
