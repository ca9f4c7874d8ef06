package dev.tagbench.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;

/**
 * The frame around every signed-in view: navigation on the side, the user and sign-out on top. It
 * lives outside {@code base} because it knows every feature's views, while {@code base} must stay
 * below all features.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser, ProjectService projects) {
        var title = new Span("Tagbench");
        title.addClassName("app-title");
        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        var signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(new DrawerToggle(), title, user, signOut);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Articles", "", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem("Search", "search", VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Profile", "profile", VaadinIcon.KEY.create()));
        currentUser.find().ifPresent(actor -> {
            var roles = EnumSet.noneOf(ProjectRole.class);
            projects.visibleTo(actor).forEach(project -> roles.addAll(projects.rolesOf(actor, project.id())));
            if (roles.contains(ProjectRole.REVIEWER)) {
                nav.addItem(new SideNavItem("Review", "review", VaadinIcon.CHECK_SQUARE_O.create()));
            }
            if (actor.admin() || roles.contains(ProjectRole.MANAGER)) {
                nav.addItem(new SideNavItem("Projects", "projects", VaadinIcon.FOLDER_O.create()));
                nav.addItem(new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()));
                nav.addItem(new SideNavItem("Dashboard", "dashboard", VaadinIcon.CHART.create()));
                nav.addItem(new SideNavItem("Activity", "activity", VaadinIcon.CLOCK.create()));
                nav.addItem(new SideNavItem("Export", "export", VaadinIcon.DOWNLOAD.create()));
                nav.addItem(new SideNavItem("Suggestions", "suggesters", VaadinIcon.LIGHTBULB.create()));
                nav.addItem(new SideNavItem("Members", "members", VaadinIcon.USERS.create()));
                nav.addItem(new SideNavItem("Webhooks", "webhooks", VaadinIcon.CONNECT.create()));
            }
            if (actor.admin()) {
                nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USER.create()));
                nav.addItem(new SideNavItem("Plugins", "admin/plugins", VaadinIcon.PLUG.create()));
            }
        });
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
