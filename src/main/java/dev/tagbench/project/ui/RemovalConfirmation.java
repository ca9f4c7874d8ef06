package dev.tagbench.project.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.tagbench.project.LabelsInUseException;
import dev.tagbench.project.LabelsInUseException.LabelInUse;
import java.util.List;

/** Asks before a save removes labels that decisions use, saying how many. */
final class RemovalConfirmation extends ConfirmDialog {

    RemovalConfirmation(List<LabelInUse> uses, Runnable confirmed) {
        setHeader(uses.size() == 1 ? "Remove a label in use?" : "Remove labels in use?");
        setText(LabelsInUseException.describe(uses)
                + " Removing takes the label out of those decisions; each change is kept in the history."
                + " Nothing has been saved yet.");
        setCancelable(true);
        setCancelText("Keep them");
        setConfirmText("Remove them");
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> confirmed.run());
    }
}
