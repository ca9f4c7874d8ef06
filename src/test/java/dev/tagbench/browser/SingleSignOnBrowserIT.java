package dev.tagbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.AppNode;
import dev.tagbench.support.Browser;
import dev.tagbench.support.OidcProvider;
import dev.tagbench.support.OidcProvider.Person;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AccountChanges;
import dev.tagbench.user.UserService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Single sign-on through a real OpenID Connect provider (Spring Authorization Server on loopback),
 * the whole redirect flow in Chromium. Two Tagbench nodes on one database: {@code mixed} offers the
 * provider beside the password form and takes administrators and project roles from groups;
 * {@code ssoOnly} has local accounts switched off and links existing accounts by name.
 */
class SingleSignOnBrowserIT {

    static final String PROVIDER = "Test ID";
    static final String MAPPED_PROJECT = "Mapped by groups";

    static EmbeddedPostgres postgres;
    static OidcProvider provider;
    static AppNode mixed;
    static AppNode ssoOnly;
    static Browser browser;
    static JdbcClient db;
    static SecurityContextHolderStrategy jvmSecurityContext;

    @BeforeAll
    static void start() throws Exception {
        jvmSecurityContext = AppNode.jvmSecurityContext();
        provider = OidcProvider.start();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("tagbench-sso"))
                .setCleanDataDirectory(true)
                .start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database tagbench");
        }
        var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/tagbench";
        var common = Map.of(
                "tagbench.sso.issuer-uri",
                provider.issuer(),
                "tagbench.sso.client-id",
                OidcProvider.CLIENT_ID,
                "tagbench.sso.client-secret",
                OidcProvider.CLIENT_SECRET,
                "tagbench.sso.provider-name",
                PROVIDER);
        var mixedSettings = new HashMap<>(common);
        mixedSettings.putAll(Map.of(
                "tagbench.sso.admin-groups", "tagbench-admins",
                "tagbench.sso.project-roles[0].group", "news-curators",
                "tagbench.sso.project-roles[0].project", MAPPED_PROJECT,
                "tagbench.sso.project-roles[0].roles", "ANNOTATOR",
                "tagbench.sso.project-roles[1].group", "news-leads",
                "tagbench.sso.project-roles[1].project", MAPPED_PROJECT,
                "tagbench.sso.project-roles[1].roles", "MANAGER"));
        var ssoOnlySettings = new HashMap<>(common);
        ssoOnlySettings.putAll(
                Map.of("tagbench.sso.local-accounts", "false", "tagbench.sso.link-existing-accounts", "true"));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> AppNode.start(url, mixedSettings));
            var b = pool.submit(() -> AppNode.start(url, ssoOnlySettings));
            mixed = a.get();
            ssoOnly = b.get();
        }
        db = mixed.bean(JdbcClient.class);
        var data = mixed.bean(TestData.class);
        mixed.bean(ProjectService.class).create(data.admin(), new NewProject(MAPPED_PROJECT, null, 2));
        browser = new Browser(mixed.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (var node : new AppNode[] {mixed, ssoOnly}) {
            if (node != null) {
                node.close();
            }
        }
        if (provider != null) {
            provider.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        AppNode.restoreJvmSecurityContext(jvmSecurityContext);
    }

    @Test
    void the_first_sign_in_creates_the_account_and_later_ones_find_it_by_subject_not_by_name() {
        var alice = provider.add("alice", Map.of("name", "Alice Example"));
        var page = signInWithProvider(mixed, alice);
        assertThat(page.locator(".app-user").textContent()).isEqualTo("alice");
        page.context().close();
        var account = db.sql(
                        "select id, display_name, password_hash, sso_subject from app_user where username = 'alice'")
                .query((rs, row) ->
                        List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3)), rs.getString(4)))
                .single();
        assertThat(account.subList(1, 4)).containsExactly("Alice Example", "null", alice.subject());

        // Renamed at the provider: still the same Tagbench account, which keeps its name.
        alice.set("preferred_username", "alice-renamed");
        var again = signInWithProvider(mixed, alice);
        assertThat(again.locator(".app-user").textContent()).isEqualTo("alice");
        again.navigate(url(mixed, "/profile"));
        assertThat(again.getByText("API tokens").first().isVisible()).isTrue();
        assertThat(again.locator("vaadin-password-field").count())
                .as("no password to change")
                .isZero();
        again.context().close();
        assertThat(db.sql("select count(*) from app_user where username ilike 'alice%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(db.sql("select id::text from app_user where sso_subject = :s")
                        .param("s", alice.subject())
                        .query(String.class)
                        .single())
                .isEqualTo(account.getFirst());
    }

    @Test
    void groups_decide_the_administrator_role_and_the_mapped_project_roles_only() {
        var bob = provider.add("bob", Map.of("groups", List.of("tagbench-admins", "news-curators")));
        signInWithProvider(mixed, bob).context().close();
        var data = mixed.bean(TestData.class);
        var projects = mixed.bean(ProjectService.class);
        var project = projects.findByName(data.admin(), MAPPED_PROJECT).orElseThrow();
        var account = data.account("bob");
        assertThat(account.admin()).isTrue();
        assertThat(projects.rolesOf(account, project.id())).containsExactly(ProjectRole.ANNOTATOR);
        // A role the mapping does not decide is the managers' to give, and stays.
        data.member(project, account, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);

        bob.set("groups", List.of("news-leads"));
        signInWithProvider(mixed, bob).context().close();
        account = data.account("bob");
        assertThat(account.admin()).isFalse();
        assertThat(projects.rolesOf(account, project.id()))
                .containsExactlyInAnyOrder(ProjectRole.MANAGER, ProjectRole.REVIEWER);
    }

    @Test
    void a_local_account_of_the_same_name_is_not_taken_over() {
        var data = mixed.bean(TestData.class);
        var local = data.user("carol");
        var impostor = provider.add(local.username().toUpperCase(), Map.of());
        var page = signInWithProvider(mixed, impostor);
        assertThat(page.url()).contains("/login?sso-failed");
        assertThat(page.locator(".login-notice").textContent())
                .contains("A Tagbench account named '" + local.username() + "' already exists");
        page.navigate(url(mixed, "/profile"));
        assertThat(page.url()).as("not signed in").contains("/login");
        page.context().close();
        assertThat(db.sql("select sso_subject is null from app_user where id = :id")
                        .param("id", local.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // Its owner still signs in with the password.
        var owner = browser.newPage();
        owner.navigate(url(mixed, "/login"));
        Browser.signIn(owner, local.username(), TestData.PASSWORD);
        assertThat(owner.locator(".app-user").textContent()).isEqualTo(local.username());
        owner.context().close();
    }

    @Test
    void a_disabled_account_stays_shut_whatever_the_provider_says() {
        var dave = provider.add("dave", Map.of());
        signInWithProvider(mixed, dave).context().close();
        var data = mixed.bean(TestData.class);
        mixed.bean(UserService.class).update(data.admin(), "dave", new AccountChanges(null, null, false));
        var page = signInWithProvider(mixed, dave);
        assertThat(page.url()).contains("/login?sso-failed");
        assertThat(page.locator(".login-notice").textContent()).contains("Your Tagbench account is disabled");
        page.navigate(url(mixed, "/profile"));
        assertThat(page.url()).contains("/login");
        page.context().close();
    }

    @Test
    void a_changed_state_or_nonce_fails_the_sign_in() {
        var erin = provider.add("erin", Map.of());
        // The answer comes back for a state this session never sent.
        var page = browser.newPage();
        page.route(
                "**/login/oauth2/code/**",
                route -> route.resume(new Route.ResumeOptions()
                        .setUrl(route.request().url().replaceFirst("state=[^&]+", "state=forged"))));
        expectFailure(page, erin);

        // The provider is asked for another nonce than the one this session keeps.
        var other = browser.newPage();
        other.route(
                provider.issuer() + "/oauth2/authorize?**",
                route -> route.resume(new Route.ResumeOptions()
                        .setUrl(route.request().url().replaceFirst("nonce=[^&]+", "nonce=forged"))));
        expectFailure(other, erin);
        assertThat(db.sql("select count(*) from app_user where username = 'erin'")
                        .query(Integer.class)
                        .single())
                .as("no account made")
                .isZero();
    }

    private void expectFailure(Page page, Person person) {
        signInWithProvider(page, mixed, person);
        assertThat(page.url()).contains("/login?sso-failed");
        assertThat(page.locator(".login-notice").textContent())
                .isEqualTo("Signing in with " + PROVIDER + " failed. Please try again.");
        page.navigate(url(mixed, "/profile"));
        assertThat(page.url()).contains("/login");
        page.context().close();
    }

    /** Signs in on a node's sign-in page through the provider's login form, in a fresh browser context. */
    private Page signInWithProvider(AppNode node, Person person) {
        var page = browser.newPage();
        signInWithProvider(page, node, person);
        return page;
    }

    private void signInWithProvider(Page page, AppNode node, Person person) {
        page.navigate(url(node, "/login"));
        page.locator("a.sso-sign-in").click();
        page.waitForURL(address -> address.startsWith(provider.issuer() + "/login"));
        page.locator("input[name='username']").fill(person.login());
        page.locator("input[name='password']").fill(person.password());
        page.locator("button[type='submit']").click();
        page.waitForURL(address -> address.startsWith(url(node, "/")) && !address.contains("/oauth2/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Tagbench at 127.0.0.1: the provider, at localhost, then keeps its cookies apart. */
    static String url(AppNode node, String path) {
        return "http://127.0.0.1:" + node.port() + path;
    }
}
