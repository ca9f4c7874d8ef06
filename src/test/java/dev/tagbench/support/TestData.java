package dev.tagbench.support;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.Sentence;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.InMemorySource;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import dev.tagbench.webhook.WebhookService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates fresh users, projects and articles through the services, with names unique per test run. */
@Component
public class TestData {

    public static final String PASSWORD = "test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserService users;
    private final ProjectService projects;
    private final ImportService imports;
    private final ArticleService articles;
    private final JdbcClient jdbc;
    private final WebhookService webhooks;

    TestData(
            UserService users,
            ProjectService projects,
            ImportService imports,
            ArticleService articles,
            JdbcClient jdbc,
            WebhookService webhooks) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.users = users;
        this.projects = projects;
        this.imports = imports;
    }

    /** The administrator, read from the database: the services look accounts up only for someone. */
    public AppUser admin() {
        return jdbc.sql("select id, username, display_name, admin from app_user where username = 'admin'")
                .query((rs, row) -> new AppUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
    }

    /** An existing account, looked up as the administrator. */
    public AppUser account(String username) {
        return users.findByUsername(admin(), username).orElseThrow();
    }

    public AppUser user(String prefix) {
        return users.create(admin(), prefix + "-" + SEQUENCE.incrementAndGet(), PASSWORD, "", false);
    }

    public Project project() {
        return projects.create(admin(), new NewProject("Test project " + SEQUENCE.incrementAndGet(), null, 2));
    }

    public void member(Project project, AppUser user, ProjectRole... roles) {
        projects.setMemberRoles(admin(), project.id(), user.username(), Set.of(roles));
    }

    /** Imports a small article and returns its id. */
    public long article(Project project, String text) {
        var report = imports.importFile(
                admin(),
                project.id(),
                new InMemorySource(
                        "article-" + SEQUENCE.incrementAndGet() + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        if (report.imported().isEmpty()) {
            throw new IllegalStateException("Not imported: " + report);
        }
        return report.imported().getFirst().articleId();
    }

    public List<Long> sentenceIds(long articleId) {
        return articles.get(admin(), articleId).sentences().stream()
                .map(Sentence::id)
                .toList();
    }

    public long article(Project project) {
        var n = SEQUENCE.incrementAndGet();
        return article(
                project,
                " date 2024-05-0" + (n % 9 + 1) + " Test article number " + n + "\n\n"
                        + "Officials pledged $" + n
                        + " million in aid on Monday. Troops moved to the border, they said.\n\n"
                        + "A drone attack hit the port overnight. \"We will rebuild,\" the mayor said.\n");
    }

    /** A new webhook of the project for {@code export.created}, registered by its manager, to a loopback port nobody serves. */
    public long webhook(Project project, AppUser manager) {
        return webhooks.register(manager, project.id(), "http://127.0.0.1:9/hook", List.of("export.created"))
                .id();
    }
}
