package dev.tagbench.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import java.util.EnumSet;

/**
 * Says plainly why someone cannot label in a project: only its curators can. Administrators get a
 * button that makes them one, since they may change any project's members anyway.
 */
final class CuratorNotice extends Div {

    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Runnable joined;
    private final Span text = new Span();
    private final Button join = new Button("Add me as curator");
    private long projectId;

    /** @param joined what to do once the administrator is a curator, such as loading the page again */
    CuratorNotice(ProjectService projects, CurrentUser currentUser, Runnable joined) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.joined = joined;
        addClassName("curator-notice");
        join.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join());
        add(text, join);
        setVisible(false);
    }

    /** Shows the notice when the signed-in user is no curator of the project. */
    void show(Project project) {
        projectId = project.id();
        var actor = currentUser.require();
        var curator = projects.rolesOf(actor, project.id()).contains(ProjectRole.ANNOTATOR);
        setVisible(!curator);
        text.setText(
                actor.admin()
                        ? "You are not a curator in " + project.name()
                                + ", so you can read but not label. As an administrator" + " you can make yourself one."
                        : "You are not a curator in " + project.name()
                                + ", so you can read but not label. A manager of the" + " project can add you.");
        join.setVisible(actor.admin());
    }

    private void join() {
        var actor = currentUser.require();
        var roles = EnumSet.of(ProjectRole.ANNOTATOR);
        roles.addAll(projects.rolesOf(actor, projectId));
        projects.setMemberRoles(actor, projectId, actor.username(), roles);
        Notification.show("You are now a curator in this project.");
        joined.run();
    }
}
