package dev.tagbench.suggest;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.article.ArticleService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.ApiClient;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A project with one curator per article, its curator, reviewer and manager, and news-like articles
 * of three sentences: a pledge, an attack report and a sentence with no label.
 */
final class SuggestFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] COUNTRIES = {"Japan", "Germany", "Canada", "Norway", "Italy", "Poland", "Spain"};
    private static final String[] PLACES = {"Odesa", "Kharkiv", "Dnipro", "Lviv", "Sumy", "Kherson", "Mykolaiv"};

    final Project project;
    final AppUser curator;
    final AppUser reviewer;
    final AppUser manager;
    private final TestData data;
    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final ArticleService articles;

    SuggestFixture(ApplicationContext context, int curatorsPerArticle) {
        data = context.getBean(TestData.class);
        annotations = context.getBean(AnnotationService.class);
        assignments = context.getBean(AssignmentService.class);
        reviews = context.getBean(ReviewService.class);
        articles = context.getBean(ArticleService.class);
        var projects = context.getBean(ProjectService.class);
        project = projects.create(
                data.admin(),
                new NewProject(
                        "Suggestions " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(),
                        null,
                        curatorsPerArticle));
        curator = data.user("sg-curator");
        reviewer = data.user("sg-reviewer");
        manager = data.user("sg-manager");
        data.member(project, curator, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        data.member(project, manager, ProjectRole.MANAGER);
    }

    /** A new article: a pledge, an attack report and the weather, varied so every article is new. */
    long article() {
        var n = SEQUENCE.incrementAndGet();
        var country = COUNTRIES[n % COUNTRIES.length];
        var place = PLACES[(n / COUNTRIES.length) % PLACES.length];
        return data.article(
                project,
                " date 2024-05-0" + (n % 9 + 1) + " News from " + place + " number " + n + "\n\n"
                        + country + " pledged " + (n + 3) + " million dollars in new aid to Ukraine on Monday. "
                        + "A missile attack hit an apartment block in " + place + " overnight, killing " + (n % 5 + 2)
                        + " people. The weather in " + place + " stayed mild and dry this week.\n");
    }

    /** The labels a careful curator gives a sentence of {@link #article()}. */
    static List<String> truth(String text) {
        if (text.contains("pledged")) {
            return List.of("pledge");
        }
        return text.contains("attack") ? List.of("attack_report") : List.of();
    }

    /** A new article labelled by the curator, reviewed and approved with the true labels. */
    long approved() {
        var article = article();
        var sentences = articles.get(data.admin(), article).sentences();
        sentences.forEach(sentence ->
                annotations.setLabels(curator, sentence.id(), truth(sentence.cleanText()), null, ChangeSource.API));
        assignments.submit(curator, article);
        reviews.start(reviewer, article);
        sentences.forEach(
                sentence -> reviews.setFinal(reviewer, article, sentence.id(), truth(sentence.cleanText()), null));
        reviews.approve(reviewer, article);
        return article;
    }

    /** The suggester's row of {@code GET …/suggesters} once its status is the wanted one. */
    static JsonNode awaitStatus(ApiClient client, long projectId, String suggesterId, String status) {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode row = null;
        while (System.nanoTime() < deadline) {
            for (var suggester :
                    client.get("/api/v1/projects/" + projectId + "/suggesters").json()) {
                if (suggester.get("id").asString().equals(suggesterId)) {
                    row = suggester;
                }
            }
            if (row != null && row.get("status").asString().equals(status)) {
                return row;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Suggester " + suggesterId + " did not become " + status + ": " + row);
    }
}
