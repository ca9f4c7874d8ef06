package dev.tagbench.search;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectChanges;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectSetupService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AppUser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * A project with two curators per article (blind unless told otherwise), a reviewer, a manager and a
 * curator who holds nothing; articles of three sentences: a pledge, troops, an attack.
 */
final class SearchFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Project project;
    final AppUser first;
    final AppUser second;
    final AppUser outsider;
    final AppUser reviewer;
    final AppUser manager;
    private final TestData data;
    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final ReviewService reviews;

    SearchFixture(ApplicationContext context, int curatorsPerArticle, boolean blind) {
        data = context.getBean(TestData.class);
        annotations = context.getBean(AnnotationService.class);
        assignments = context.getBean(AssignmentService.class);
        reviews = context.getBean(ReviewService.class);
        project = data.project();
        context.getBean(ProjectSetupService.class)
                .save(
                        data.admin(),
                        project.id(),
                        new ProjectChanges(null, curatorsPerArticle, blind, null, null, null),
                        null,
                        null,
                        false);
        first = data.user("search-first");
        second = data.user("search-second");
        outsider = data.user("search-outsider");
        reviewer = data.user("search-reviewer");
        manager = data.user("search-manager");
        data.member(project, first, ProjectRole.ANNOTATOR);
        data.member(project, second, ProjectRole.ANNOTATOR);
        data.member(project, outsider, ProjectRole.ANNOTATOR);
        data.member(project, reviewer, ProjectRole.REVIEWER);
        data.member(project, manager, ProjectRole.MANAGER);
    }

    /** A new article dated 2024-05-{day}: a pledge, a troop movement and a drone attack. */
    long article(int day, String place) {
        var n = SEQUENCE.incrementAndGet();
        return data.article(
                project,
                " date 2024-05-" + String.format("%02d", day) + " News from " + place + " " + n + "\n\n"
                        + "Officials in " + place + " pledged " + (n + 3) + " million in aid on Monday. "
                        + "Troops were moving towards " + place + " overnight. "
                        + "A drone attack hit the port of " + place + " this week.\n");
    }

    List<Long> sentences(long article) {
        return data.sentenceIds(article);
    }

    void assign(long article, AppUser... curators) {
        for (var curator : curators) {
            assignments.assign(manager, article, curator.username());
        }
    }

    void label(AppUser curator, long sentence, String... labels) {
        annotations.setLabels(curator, sentence, List.of(labels), null, ChangeSource.UI);
    }

    /** Decides every undecided sentence of the article with no label and submits it. */
    void submit(AppUser curator, long article) {
        var decided = annotations.labelsOf(curator, article).stream()
                .map(labels -> labels.sentenceId())
                .toList();
        sentences(article).stream()
                .filter(id -> !decided.contains(id))
                .forEach(id -> annotations.setLabels(curator, id, List.of(), null, ChangeSource.UI));
        assignments.submit(curator, article);
    }

    /** The reviewer decides each sentence as given (in sentence order) and approves. */
    void approve(long article, List<List<String>> finals) {
        var ids = sentences(article);
        for (var i = 0; i < ids.size(); i++) {
            reviews.setFinal(reviewer, article, ids.get(i), finals.get(i), null);
        }
        reviews.approve(reviewer, article);
    }
}
