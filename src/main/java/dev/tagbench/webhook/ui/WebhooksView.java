package dev.tagbench.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import dev.tagbench.webhook.Webhook;
import dev.tagbench.webhook.WebhookEvent;
import dev.tagbench.webhook.WebhookService;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Managers register a project's webhooks (the signing secret is shown here once, right after
 * registering), delete them, and follow every delivery attempt with the receiver's answer.
 */
@Route("webhooks")
@PageTitle("Webhooks · Tagbench")
@PermitAll
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final WebhookService webhooks;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ComboBox<Project> projectChooser = new ComboBox<>("Project");
    private final TextField url = new TextField("Receiver URL");
    private final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    private final Div secret = new Div();
    private final Grid<Webhook> hooks = new Grid<>();
    private final Grid<Webhook.Attempt> attempts = new Grid<>();

    public WebhooksView(WebhookService webhooks, ProjectService projects, CurrentUser currentUser) {
        this.webhooks = webhooks;
        this.projects = projects;
        this.currentUser = currentUser;
        projectChooser.setItemLabelGenerator(Project::name);
        projectChooser.addValueChangeListener(change -> {
            secret.removeAll();
            refresh();
        });
        url.setPlaceholder("https://pipeline.example.org/tagbench");
        url.setWidth("32em");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(event -> event.wireName() + " — " + event.description());
        var register = new Button("Register webhook", click -> register());
        register.setId("webhook-register");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        secret.setId("webhook-secret");

        hooks.addColumn(Webhook::url).setHeader("URL").setFlexGrow(3);
        hooks.addColumn(hook -> String.join(", ", hook.events()))
                .setHeader("Events")
                .setFlexGrow(2);
        hooks.addColumn(Webhook::pending).setHeader("Waiting").setAutoWidth(true);
        hooks.addComponentColumn(hook -> new Button("Delete", click -> delete(hook)))
                .setAutoWidth(true);
        hooks.setAllRowsVisible(true);

        attempts.addColumn(attempt ->
                        TIME.format(attempt.at().atOffset(ZoneOffset.UTC).withNano(0)))
                .setHeader("At (UTC)")
                .setAutoWidth(true);
        attempts.addColumn(Webhook.Attempt::event).setHeader("Event").setAutoWidth(true);
        attempts.addColumn(Webhook.Attempt::attempt).setHeader("Attempt").setAutoWidth(true);
        attempts.addColumn(attempt -> attempt.statusCode() == null ? "—" : String.valueOf(attempt.statusCode()))
                .setHeader("Status")
                .setAutoWidth(true);
        attempts.addColumn(Webhook.Attempt::state).setHeader("Delivery").setAutoWidth(true);
        attempts.addColumn(attempt -> attempt.error() == null ? "" : attempt.error())
                .setHeader("Problem")
                .setFlexGrow(3);
        attempts.addColumn(Webhook.Attempt::deliveryId).setHeader("Delivery id").setAutoWidth(true);

        add(
                new H2("Webhooks"),
                new Paragraph("Tagbench POSTs a signed JSON message to each registered URL when one of its events"
                        + " happens (header X-Tagbench-Signature: sha256= and the HMAC-SHA256 of the body with the"
                        + " webhook's secret). A receiver that fails or does not answer in time gets the same"
                        + " delivery again later."),
                projectChooser,
                new H3("New webhook"),
                url,
                events,
                register,
                secret,
                new H3("Registered"),
                hooks,
                new H3("Deliveries"),
                attempts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var managed = projects.withRole(currentUser.require(), ProjectRole.MANAGER);
        projectChooser.setItems(managed);
        if (!managed.isEmpty()) {
            projectChooser.setValue(managed.getFirst());
        } else {
            // Webhooks are managers' tools; others reach this page only by its URL.
            removeAll();
            add(new H2("Webhooks"), new Paragraph("You manage no project, so there are no webhooks to set up."));
        }
    }

    private void register() {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        try {
            var chosen = events.getSelectedItems().stream()
                    .sorted()
                    .map(WebhookEvent::wireName)
                    .toList();
            var created = webhooks.register(currentUser.require(), project.id(), url.getValue(), chosen);
            secret.removeAll();
            var value = new Paragraph(created.secret());
            value.getStyle().set("font-family", "monospace");
            secret.add(
                    new Paragraph("Registered. Give the receiver this secret to check signatures; it is not"
                            + " shown again:"),
                    value);
            url.clear();
            events.clear();
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private void delete(Webhook hook) {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        try {
            webhooks.delete(currentUser.require(), project.id(), hook.id());
            Notification.show("Deleted.");
        } catch (NotFoundException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        var project = projectChooser.getValue();
        if (project == null) {
            return;
        }
        var list = webhooks.list(currentUser.require(), project.id());
        hooks.setItems(list);
        attempts.setItems(list.stream()
                .flatMap(hook -> hook.deliveries().stream())
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .toList());
    }
}
