package dev.tagbench.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.tagbench.agreement.AgreementFigures;
import dev.tagbench.agreement.AgreementService;
import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.article.ArticleService;
import dev.tagbench.base.Counted;
import dev.tagbench.project.Label;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectService;
import dev.tagbench.project.ui.ManagedProjectPicker;
import dev.tagbench.suggest.SuggesterService;
import dev.tagbench.user.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A project at a glance for its managers: progress, label distribution and curator agreement. */
@Route("dashboard")
@PageTitle("Dashboard · Tagbench")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    /** One row of the agreement table. */
    record AgreementRow(
            String label, @Nullable Double alpha, @Nullable Double fleiss, String pairs, int items) {}

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final AgreementService agreement;
    private final SuggesterService suggesters;
    private final CurrentUser currentUser;
    private final ManagedProjectPicker projectChooser;
    private final Div content = new Div();

    public DashboardView(
            ProjectService projects,
            ArticleService articles,
            AnnotationService annotations,
            AgreementService agreement,
            SuggesterService suggesters,
            CurrentUser currentUser) {
        this.articles = articles;
        this.annotations = annotations;
        this.agreement = agreement;
        this.suggesters = suggesters;
        this.currentUser = currentUser;
        this.projectChooser = new ManagedProjectPicker("Project", projects, currentUser);
        addClassName("dashboard-view");
        projectChooser.addValueChangeListener(change -> show(change.getValue()));
        content.setWidthFull();
        add(new H2("Dashboard"), projectChooser, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!projectChooser.load()) {
            content.removeAll();
            content.add(new Paragraph("You manage no project."));
        }
    }

    private void show(@Nullable Project project) {
        content.removeAll();
        if (project == null) {
            return;
        }
        var actor = currentUser.require();
        var states = articles.countByState(actor, project.id());
        var cards = new Div();
        cards.addClassName("stat-cards");
        states.forEach((state, count) -> cards.add(card(state.displayName(), count)));
        var progress = annotations.progress(actor, project.id());
        var colors = project.labels().stream().collect(Collectors.toMap(Label::name, Label::color));
        var distribution = new LinkedHashMap<String, Integer>();
        project.labels()
                .forEach(label ->
                        distribution.put(label.name(), progress.labelCounts().getOrDefault(label.key(), 0)));
        var figures = agreement.forProject(actor, project.id());

        var table = new Grid<AgreementRow>();
        table.addColumn(AgreementRow::label).setHeader("Label").setAutoWidth(true);
        table.addColumn(row -> number(row.alpha()))
                .setHeader("Krippendorff's α")
                .setAutoWidth(true);
        table.addColumn(row -> number(row.fleiss())).setHeader("Fleiss' κ").setAutoWidth(true);
        table.addColumn(AgreementRow::pairs).setHeader("Cohen's κ per pair").setFlexGrow(2);
        table.addColumn(AgreementRow::items).setHeader("Sentences").setAutoWidth(true);
        table.setItems(project.labels().stream()
                .map(label -> row(label, figures.perLabel().get(label.key())))
                .toList());
        table.setAllRowsVisible(true);
        var alphas = new LinkedHashMap<String, Double>();
        project.labels().forEach(label -> {
            var alpha = figures.perLabel().get(label.key()).krippendorffAlpha();
            alphas.put(label.name(), alpha == null ? 0 : Math.max(0, alpha));
        });

        if (progress.leftOut() > 0) {
            // The caller curates these articles too; their figures would show the other curators' labels.
            content.add(new Paragraph("The figures leave out the " + progress.leftOut()
                    + (progress.leftOut() == 1 ? " article" : " articles")
                    + " you are curating yourself, until their review starts."));
        }
        content.add(
                new H3("Articles by state"),
                cards,
                new H3("Sentences decided per curator"),
                BarChart.of(progress.decidedPerCurator(), Map.of()),
                new H3("Labels chosen by curators"),
                BarChart.of(distribution, colors),
                new H3("Agreement"),
                new Paragraph("Each label as a yes/no decision per sentence, over the "
                        + Counted.of(figures.sentences(), "sentence")
                        + " that at least two curators submitted. Overall α: "
                        + number(figures.overallAlpha()) + "."),
                table,
                BarChart.of(alphas, colors),
                new H3("Suggestions"),
                SuggestionOutcomes.of(project, suggesters.outcomes(actor, project.id())));
    }

    private static AgreementRow row(Label label, AgreementFigures figures) {
        var pairs = figures.cohenKappaPairs().stream()
                .map(pair -> pair.a() + "–" + pair.b() + ": " + number(pair.kappa()))
                .collect(Collectors.joining(", "));
        return new AgreementRow(
                label.name(),
                figures.krippendorffAlpha(),
                figures.fleissKappa(),
                pairs.isEmpty() ? "—" : pairs,
                figures.items());
    }

    private static Div card(String title, int value) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        var card = new Div(number, new Span(title));
        card.addClassName("stat-card");
        return card;
    }

    static String number(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
