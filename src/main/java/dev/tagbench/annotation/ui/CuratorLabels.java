package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.annotation.SentenceLabels;
import dev.tagbench.annotation.StaleLabelsException;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.DatabaseUnavailable;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.CurrentUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/**
 * The curator's labels on one article as the workbench holds them, and every change to them: each is
 * saved at once through {@link AnnotationService}, remembered for undo, and reported to the view. A
 * change that clashes with another tab is refused by the service; the sentence then shows what is
 * stored and a warning says so. A save that fails says so too, and nothing is shown as saved.
 */
final class CuratorLabels {

    private final AnnotationService annotations;
    private final CurrentUser currentUser;
    private final Consumer<SentenceLabels> onSaved;
    private final Map<Long, SentenceLabels> decisions = new HashMap<>();
    private final UndoHistory undo = new UndoHistory();

    CuratorLabels(AnnotationService annotations, CurrentUser currentUser, Consumer<SentenceLabels> onSaved) {
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.onSaved = onSaved;
    }

    /** Starts over with these decisions; the undo history of earlier ones no longer applies. */
    void load(Collection<SentenceLabels> loaded) {
        decisions.clear();
        loaded.forEach(decision -> decisions.put(decision.sentenceId(), decision));
        undo.clear();
    }

    SentenceLabels of(long sentenceId) {
        return decisions.getOrDefault(sentenceId, SentenceLabels.undecided(sentenceId));
    }

    long decided(Collection<Long> sentenceIds) {
        return sentenceIds.stream().filter(id -> of(id).decided()).count();
    }

    /**
     * Turns a label on or off. Turning off a sentence's only label makes the sentence undecided
     * again: "no label" is a decision of its own ({@link #clear}).
     */
    void toggle(long sentenceId, String key) {
        var current = of(sentenceId);
        var labels = new LinkedHashSet<>(current.labels());
        if (!labels.remove(key)) {
            labels.add(key);
        }
        var actor = currentUser.require();
        if (labels.isEmpty() && current.decided()) {
            write(current, () -> annotations.withdraw(actor, sentenceId, current.version(), ChangeSource.UI), true);
        } else {
            write(
                    current,
                    () -> annotations.setLabels(actor, sentenceId, labels, current.version(), ChangeSource.UI),
                    true);
        }
    }

    /** "No label": the sentence has none of the labels. */
    void clear(long sentenceId) {
        var current = of(sentenceId);
        write(
                current,
                () -> annotations.setLabels(
                        currentUser.require(), sentenceId, List.of(), current.version(), ChangeSource.UI),
                true);
    }

    /** Applies a change made elsewhere on the curator's behalf (accepting suggestions), undoable. */
    void change(long sentenceId, Supplier<SentenceLabels> change) {
        write(of(sentenceId), change, true);
    }

    /** Takes back the last change; returns the sentence it touched, or nothing when there was none. */
    OptionalLong undo() {
        var change = undo.pop();
        if (change.isEmpty()) {
            Notification.show("Nothing to undo.");
            return OptionalLong.empty();
        }
        var before = change.get().before();
        var sentenceId = before.sentenceId();
        var actor = currentUser.require();
        var expected = change.get().versionAfter();
        write(
                of(sentenceId),
                () -> before.decided()
                        ? annotations.setLabels(actor, sentenceId, before.labels(), expected, ChangeSource.UNDO)
                        : annotations.withdraw(actor, sentenceId, expected),
                false);
        return OptionalLong.of(sentenceId);
    }

    /**
     * Takes the decisions as stored now, after a change made in one go (accepting all suggestions),
     * which is not undoable; the view redraws what changed.
     */
    void reload(Collection<SentenceLabels> stored) {
        decisions.clear();
        stored.forEach(decision -> decisions.put(decision.sentenceId(), decision));
    }

    private void write(SentenceLabels before, Supplier<SentenceLabels> change, boolean undoable) {
        try {
            var after = change.get();
            apply(after);
            if (undoable && after.version() != before.version()) {
                undo.record(before, after.version());
            }
        } catch (StaleLabelsException e) {
            apply(e.current());
            var warning = Notification.show("This sentence was changed in another tab or window. It now shows the "
                    + "saved labels; apply your change again if you still want it.");
            warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (ConflictException | InvalidInputException | ForbiddenException | NotFoundException e) {
            showError("Not saved: " + e.getMessage());
        } catch (DataAccessException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // The session's error handler says so, in the same words as in every other view.
                throw e;
            }
            showError("Not saved: the server could not store the change. Nothing was changed; reload the article.");
        }
    }

    private void apply(SentenceLabels decision) {
        if (decision.decided()) {
            decisions.put(decision.sentenceId(), decision);
        } else {
            decisions.remove(decision.sentenceId());
        }
        onSaved.accept(decision);
    }

    static void showError(String message) {
        var error = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
