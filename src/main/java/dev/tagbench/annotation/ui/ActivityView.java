package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.annotation.HistoryService;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.ManagedProjectPicker;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The project's latest changes for its managers, newest first, a page at a time. */
@Route("activity")
@PageTitle("Activity · Tagbench")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final HistoryService history;
    private final CurrentUser currentUser;
    private final ManagedProjectPicker projectChooser;
    private final HistoryList list = new HistoryList();
    private int page;
    private final Button newer = new Button("Newer", click -> page(page - 1));
    private final Button older = new Button("Older", click -> page(page + 1));
    private final Span position = new Span();
    private final VerticalLayout content = new VerticalLayout();

    public ActivityView(HistoryService history, ProjectService projects, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
        this.projectChooser = new ManagedProjectPicker("Project", projects, currentUser);
        addClassName("activity-view");
        newer.setId("activity-newer");
        older.setId("activity-older");
        projectChooser.addValueChangeListener(change -> page(0));
        content.setPadding(false);
        content.add(projectChooser, list, new HorizontalLayout(newer, position, older));
        add(new H2("Activity"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var preferred = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("project")
                .orElse(null);
        if (!projectChooser.load(preferred)) {
            content.removeAll();
            content.add(new Paragraph("You manage no project, so there is no activity to follow."));
        }
    }

    private void page(int wanted) {
        var project = projectChooser.getValue();
        if (project == null || wanted < 0) {
            return;
        }
        var entries = history.activity(currentUser.require(), project.id(), wanted, PAGE_SIZE);
        page = wanted;
        list.show(entries, true);
        newer.setEnabled(page > 0);
        // A full page may have older ones behind it; counting the whole history would cost a scan.
        older.setEnabled(entries.size() == PAGE_SIZE && (long) (page + 2) * PAGE_SIZE <= HistoryService.MAX_ENTRIES);
        position.setText(
                entries.isEmpty()
                        ? "No changes yet."
                        : "Changes " + (page * PAGE_SIZE + 1) + "–" + (page * PAGE_SIZE + entries.size()));
    }
}
