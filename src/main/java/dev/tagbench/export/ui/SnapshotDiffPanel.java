package dev.tagbench.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.export.DatasetDiffService;
import dev.tagbench.export.DiffCounts;
import dev.tagbench.export.DiffRow;
import dev.tagbench.export.Snapshot;
import dev.tagbench.user.CurrentUser;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Compares two exports of the project: how many rows the later one adds, removes and changes, and
 * those rows page by page, each with what it was and what it is. Article ids open the article's
 * review page, where managers can send an approved article back for a correction.
 */
class SnapshotDiffPanel extends VerticalLayout {

    private final DatasetDiffService diffs;
    private final CurrentUser currentUser;
    private final LongSupplier projectId;
    private final ComboBox<Snapshot> from = new ComboBox<>("Earlier export");
    private final ComboBox<Snapshot> to = new ComboBox<>("Later export");
    private final Span counts = new Span();
    private final Grid<DiffRow> rows = new Grid<>();

    SnapshotDiffPanel(DatasetDiffService diffs, CurrentUser currentUser, LongSupplier projectId) {
        this.diffs = diffs;
        this.currentUser = currentUser;
        this.projectId = projectId;
        setPadding(false);
        from.setItemLabelGenerator(SnapshotDiffPanel::label);
        to.setItemLabelGenerator(SnapshotDiffPanel::label);
        from.setId("diff-from");
        to.setId("diff-to");
        var compare = new Button("Compare", click -> compare());
        compare.setId("diff-compare");
        counts.setId("diff-counts");
        rows.setId("diff-rows");
        rows.addComponentColumn(row -> new Anchor("review/" + row.articleId(), "#" + row.articleId()))
                .setHeader("Article")
                .setAutoWidth(true);
        rows.addColumn(row -> side(row).sentenceIndex() + 1)
                .setHeader("Sentence")
                .setAutoWidth(true);
        rows.addColumn(DiffRow::change).setHeader("Change").setAutoWidth(true);
        rows.addColumn(row -> row.before() == null
                        ? ""
                        : String.join(", ", row.before().labels()))
                .setHeader("Labels before")
                .setAutoWidth(true);
        rows.addColumn(row ->
                        row.after() == null ? "" : String.join(", ", row.after().labels()))
                .setHeader("Labels after")
                .setAutoWidth(true);
        rows.addColumn(SnapshotDiffPanel::splits).setHeader("Split").setAutoWidth(true);
        // Text is always set as text: sentences are user data.
        rows.addColumn(row -> side(row).text()).setHeader("Sentence text").setFlexGrow(3);
        rows.setVisible(false);
        rows.setHeight("24rem");
        var form = new HorizontalLayout(from, to, compare);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form, counts, rows);
    }

    /** The exports to choose from, newest first; the two latest are preselected. */
    void show(List<Snapshot> snapshots) {
        from.setItems(snapshots);
        to.setItems(snapshots);
        to.setValue(snapshots.isEmpty() ? null : snapshots.getFirst());
        from.setValue(snapshots.size() < 2 ? null : snapshots.get(1));
        counts.setText("");
        rows.setVisible(false);
    }

    private void compare() {
        var earlier = from.getValue();
        var later = to.getValue();
        if (earlier == null || later == null) {
            counts.setText("Choose two exports.");
            return;
        }
        var actor = currentUser.require();
        var project = projectId.getAsLong();
        DiffCounts found;
        try {
            found = diffs.counts(actor, project, earlier.id(), later.id());
        } catch (NotFoundException | InvalidInputException e) {
            counts.setText(e.getMessage());
            return;
        }
        counts.setText("#" + later.id() + " against #" + earlier.id() + ": " + found.added() + " rows added, "
                + found.removed() + " removed, " + found.changed() + " changed.");
        rows.setItems(
                query ->
                        diffs
                                .page(actor, project, earlier.id(), later.id(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, found.total()));
        rows.setVisible(found.total() > 0);
    }

    private static DiffRow.Side side(DiffRow row) {
        var side = row.after() != null ? row.after() : row.before();
        if (side == null) {
            throw new IllegalStateException("a diff row has a before or an after");
        }
        return side;
    }

    private static String splits(DiffRow row) {
        @Nullable String before = row.before() == null ? null : row.before().split();
        @Nullable String after = row.after() == null ? null : row.after().split();
        if (before == null || after == null || before.equals(after)) {
            return before != null ? before : after == null ? "" : after;
        }
        return before + " → " + after;
    }

    private static String label(Snapshot snapshot) {
        return "#" + snapshot.id() + " · " + snapshot.format() + " · " + snapshot.split() + " · seed " + snapshot.seed()
                + " · " + snapshot.sentences() + " sentences";
    }
}
