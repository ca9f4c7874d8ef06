package dev.tagbench.security;

import dev.tagbench.annotation.AnnotationService;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.annotation.ChangeSource;
import dev.tagbench.export.ExportService;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.review.ReviewService;
import dev.tagbench.support.TestData;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Two projects and one user for each kind of caller of the access checks. Project P has an
 * annotator, a reviewer, a manager and a curator who also reviews; project Q has its own curator and
 * one user who holds every role there (the strongest outsider P can meet). Every text of a project (its name, article titles,
 * sentences) carries the project's secret, so a leak shows as the secret in a response or page.
 * P and Q take one curator per article, so a single submission makes an article ready for review.
 */
final class AccessFixture {

    /**
     * Who calls: nobody, P's three roles, an administrator, a member of another project only, and a
     * curator of P who also reviews there, asking about the articles they curate themselves (whose
     * labels can still change: the other curators' labels there stay hidden from them).
     */
    enum Caller {
        ANONYMOUS,
        ANNOTATOR,
        REVIEWER,
        MANAGER,
        ADMIN,
        OTHER_PROJECT,
        CURATING_REVIEWER
    }

    /** One project as the checks see it: its people, its secret and objects in known states. */
    record Side(
            Project project,
            String secret,
            AppUser curator,
            AppUser reviewer,
            AppUser manager,
            AppUser spare,
            long article,
            List<Long> sentences,
            long annotated,
            long snapshot) {}

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestData data;
    private final UserService users;
    private final ProjectService projects;
    private final AnnotationService annotations;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final ExportService exports;
    private final ApiTokenService tokens;

    final AppUser admin;
    final Side p;
    final Side q;
    /** P as its curating reviewer works in it: the side's curator is that user. */
    final Side pCurated;

    private final Map<Caller, AppUser> callers = new EnumMap<>(Caller.class);
    private final Map<Caller, String> bearer = new EnumMap<>(Caller.class);

    AccessFixture(ApplicationContext context) {
        data = context.getBean(TestData.class);
        users = context.getBean(UserService.class);
        projects = context.getBean(ProjectService.class);
        annotations = context.getBean(AnnotationService.class);
        assignments = context.getBean(AssignmentService.class);
        reviews = context.getBean(ReviewService.class);
        exports = context.getBean(ExportService.class);
        tokens = context.getBean(ApiTokenService.class);

        admin = users.create(data.admin(), unique("access-admin"), TestData.PASSWORD, "", true);
        var annotator = data.user("access-annotator");
        var reviewer = data.user("access-reviewer");
        var manager = data.user("access-manager");
        var outsider = data.user("access-outsider");
        var curatorOfQ = data.user("access-q-curator");
        var curatingReviewer = data.user("access-curating-reviewer");
        var pSecret = secret("P");
        var pProject = project(pSecret);
        member(pProject, annotator, ProjectRole.ANNOTATOR);
        member(pProject, reviewer, ProjectRole.REVIEWER);
        member(pProject, manager, ProjectRole.MANAGER);
        member(pProject, curatingReviewer, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        var qSecret = secret("Q");
        var qProject = project(qSecret);
        member(qProject, curatorOfQ, ProjectRole.ANNOTATOR);
        member(qProject, outsider, ProjectRole.MANAGER, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);
        p = side(pProject, pSecret, annotator, reviewer, manager);
        q = side(qProject, qSecret, curatorOfQ, outsider, outsider);
        pCurated = curatedBy(p, curatingReviewer);
        callers.put(Caller.ANNOTATOR, annotator);
        callers.put(Caller.REVIEWER, reviewer);
        callers.put(Caller.MANAGER, manager);
        callers.put(Caller.ADMIN, admin);
        callers.put(Caller.OTHER_PROJECT, outsider);
        callers.put(Caller.CURATING_REVIEWER, curatingReviewer);
        // Tokens, not passwords: a bcrypt check per request would make the matrix slow.
        callers.forEach((caller, user) ->
                bearer.put(caller, tokens.create(user, "access checks").token()));
    }

    private static String secret(String project) {
        return project + "sec" + suffix();
    }

    private Project project(String secret) {
        return projects.create(admin, new NewProject("Access " + secret, null, 1));
    }

    private void member(Project project, AppUser user, ProjectRole... roles) {
        projects.setMemberRoles(admin, project.id(), user.username(), Set.of(roles));
    }

    /** The project's shared objects: an untouched article, an annotated one, an export snapshot of an approved one. */
    private Side side(Project project, String secret, AppUser curator, AppUser reviewer, AppUser manager) {
        var base = new Side(project, secret, curator, reviewer, manager, data.user("access-spare"), 0, List.of(), 0, 0);
        var article = article(base);
        reviews.approve(reviewer, readyToApprove(base));
        try {
            var plan = exports.prepare(manager, project.id(), "jsonl", "80,10,10", 42);
            var snapshot = exports.write(plan, OutputStream.nullOutputStream()).snapshotId();
            return new Side(
                    project,
                    secret,
                    curator,
                    reviewer,
                    manager,
                    base.spare(),
                    article,
                    sentences(article),
                    annotated(base),
                    snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same project with another of its members as the curator: the annotated article is theirs,
     * submitted and still open to reopening, and fresh objects are labelled by them.
     */
    private Side curatedBy(Side side, AppUser curator) {
        var base = new Side(
                side.project(),
                side.secret(),
                curator,
                side.reviewer(),
                side.manager(),
                side.spare(),
                side.article(),
                side.sentences(),
                0,
                side.snapshot());
        return new Side(
                side.project(),
                side.secret(),
                curator,
                side.reviewer(),
                side.manager(),
                side.spare(),
                side.article(),
                side.sentences(),
                annotated(base),
                side.snapshot());
    }

    @Nullable
    AppUser user(Caller caller) {
        return callers.get(caller);
    }

    /** The ids of every user the fixture created. */
    List<Long> users() {
        var ids = new TreeSet<Long>();
        callers.values().forEach(user -> ids.add(user.id()));
        for (var side : List.of(p, q)) {
            List.of(side.curator(), side.reviewer(), side.manager(), side.spare())
                    .forEach(user -> ids.add(user.id()));
        }
        return List.copyOf(ids);
    }

    /** P's objects as a caller asks for them: the curating reviewer's are articles they curate. */
    Side requested(Caller caller) {
        return caller == Caller.CURATING_REVIEWER ? pCurated : p;
    }

    /** The project whose objects a caller's requests name: P, except for the member of Q. */
    Side home(Caller caller) {
        return caller == Caller.OTHER_PROJECT ? q : p;
    }

    Side foreign(Side side) {
        return side == p ? q : p;
    }

    @Nullable
    String token(Caller caller) {
        return bearer.get(caller);
    }

    /** A new article of the side, in state NEW; every sentence carries the side's secret. */
    long article(Side side) {
        var n = SEQUENCE.incrementAndGet();
        return data.article(
                side.project(),
                " date 2024-05-0" + (n % 9 + 1) + " Report " + side.secret() + " number "
                        + n + "\n\n" + "Officials in " + side.secret() + " pledged $" + n
                        + " million in aid on Monday. "
                        + "Troops of " + side.secret() + " moved to the border, they said.\n\n"
                        + "A drone attack hit the port of " + side.secret() + " overnight. \"We will rebuild "
                        + side.secret() + ",\" the mayor said.\n");
    }

    List<Long> sentences(long articleId) {
        return data.sentenceIds(articleId);
    }

    /** A new article the side's curator has decided completely but not submitted. */
    long labelled(Side side) {
        var article = article(side);
        sentences(article)
                .forEach(
                        sentence -> annotations.setLabels(side.curator(), sentence, List.of(), null, ChangeSource.API));
        return article;
    }

    /** A new article its curator submitted: ANNOTATED, waiting for a reviewer. */
    long annotated(Side side) {
        var article = labelled(side);
        assignments.submit(side.curator(), article);
        return article;
    }

    /** A new article in review by the side's reviewer with final labels on every sentence. */
    long readyToApprove(Side side) {
        var article = annotated(side);
        reviews.start(side.reviewer(), article);
        sentences(article).forEach(sentence -> reviews.setFinal(side.reviewer(), article, sentence, List.of(), null));
        return article;
    }

    /** A new article the side's reviewer approved. */
    long approved(Side side) {
        var article = readyToApprove(side);
        reviews.approve(side.reviewer(), article);
        return article;
    }

    /** A new article on which the manager gave the side's curator a slot by hand. */
    long assigned(Side side) {
        var article = article(side);
        assignments.assign(side.manager(), article, side.curator().username());
        return article;
    }

    /** A new webhook of the side's project, registered by its manager, by id. */
    long freshWebhook(Side side) {
        return data.webhook(side.project(), side.manager());
    }

    /** A new personal token of the user, by id. */
    long freshToken(AppUser owner) {
        return tokens.create(owner, "access checks").id();
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + suffix();
    }

    private static String suffix() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
