package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.tagbench.article.Sentence;
import dev.tagbench.article.SentenceEditService;
import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.CurrentUser;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Managers' tools to fix the splitter's mistakes on the focused sentence: split it, or merge it with the next. */
final class SentenceBoundaryBar extends Div {

    private final SentenceEditService edits;
    private final CurrentUser currentUser;
    private final Supplier<@Nullable Sentence> focused;
    private final Runnable afterEdit;

    SentenceBoundaryBar(
            SentenceEditService edits,
            CurrentUser currentUser,
            Supplier<@Nullable Sentence> focused,
            Runnable afterEdit) {
        this.edits = edits;
        this.currentUser = currentUser;
        this.focused = focused;
        this.afterEdit = afterEdit;
        addClassName("edit-bar");
        var split = new Button("Split sentence…", click -> openSplit());
        var merge = new Button("Merge with next", click -> mergeWithNext());
        split.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(new Span("Fix sentence boundaries:"), split, merge);
    }

    void openSplit() {
        var sentence = focused.get();
        if (isVisible() && sentence != null) {
            new SplitDialog(sentence, this::splitAt).open();
        }
    }

    void splitAt(int offset) {
        edit(sentence -> edits.split(currentUser.require(), sentence.id(), offset), "Sentence split in two.");
    }

    void mergeWithNext() {
        edit(sentence -> edits.mergeWithNext(currentUser.require(), sentence.id()), "Sentence merged with the next.");
    }

    private void edit(Consumer<Sentence> change, String done) {
        var sentence = focused.get();
        if (!isVisible() || sentence == null) {
            return;
        }
        try {
            change.accept(sentence);
        } catch (InvalidInputException | ForbiddenException | NotFoundException | ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        afterEdit.run();
        Notification.show(done);
    }
}
