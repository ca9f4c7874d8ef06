package dev.tagbench.browser;

import static dev.tagbench.support.SsoTestBed.sessionId;
import static dev.tagbench.support.SsoTestBed.url;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.AppNode;
import dev.tagbench.support.Browser;
import dev.tagbench.support.OidcProvider;
import dev.tagbench.support.SsoTestBed;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AccountChanges;
import dev.tagbench.user.ApiTokenService;
import dev.tagbench.user.UserAccount;
import dev.tagbench.user.UserService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on through a real OpenID Connect provider (Spring Authorization Server on loopback),
 * the whole redirect flow in Chromium ({@link SsoTestBed}). Two Tagbench nodes on one database:
 * {@code mixed} offers the provider beside the password form and takes administrators and project
 * roles from groups; {@code ssoOnly} has local accounts switched off and links existing accounts by name.
 */
class SingleSignOnBrowserIT {

    static final String MAPPED_PROJECT = "Mapped by groups";

    static SsoTestBed bed;
    static OidcProvider provider;
    static AppNode mixed;
    static AppNode ssoOnly;
    static Browser browser;
    static JdbcClient db;

    @BeforeAll
    static void start() throws Exception {
        bed = SsoTestBed.start(
                Map.of(
                        "tagbench.sso.admin-groups", "tagbench-admins",
                        "tagbench.sso.project-roles[0].group", "news-curators",
                        "tagbench.sso.project-roles[0].project", MAPPED_PROJECT,
                        "tagbench.sso.project-roles[0].roles", "ANNOTATOR",
                        "tagbench.sso.project-roles[1].group", "news-leads",
                        "tagbench.sso.project-roles[1].project", MAPPED_PROJECT,
                        "tagbench.sso.project-roles[1].roles", "MANAGER"),
                Map.of("tagbench.sso.local-accounts", "false", "tagbench.sso.link-existing-accounts", "true"));
        provider = bed.provider();
        mixed = bed.node(0);
        ssoOnly = bed.node(1);
        browser = bed.browser();
        db = bed.db();
        var data = mixed.bean(TestData.class);
        mixed.bean(ProjectService.class).create(data.admin(), new NewProject(MAPPED_PROJECT, null, 2));
    }

    @AfterAll
    static void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void the_first_sign_in_creates_the_account_and_later_ones_find_it_by_subject_not_by_name() {
        var alice = provider.add("alice", Map.of("name", "Alice Example"));
        var page = browser.newPage();
        page.navigate(url(mixed, "/login"));
        var before = sessionId(page, mixed);
        bed.signIn(page, mixed, alice);
        assertThat(page.locator(".app-user").textContent()).isEqualTo("alice");
        assertThat(sessionId(page, mixed)).as("a new session id at sign-in").isNotEqualTo(before);
        page.context().close();
        var account = db.sql("select display_name, password_hash, sso_subject from app_user where username = 'alice'")
                .query((rs, row) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3)))
                .single();
        assertThat(account).containsExactly("Alice Example", "null", alice.subject());
        var accounts =
                mixed.bean(UserService.class).all(mixed.bean(TestData.class).admin());
        assertThat(accounts)
                .filteredOn(UserAccount::singleSignOn)
                .extracting(UserAccount::username)
                .contains("alice");
        assertThat(accounts).filteredOn(user -> user.username().equals("admin")).noneMatch(UserAccount::singleSignOn);

        // Renamed at the provider: still the same Tagbench account, which keeps its name.
        alice.set("preferred_username", "alice-renamed");
        var again = bed.signIn(mixed, alice);
        assertThat(again.locator(".app-user").textContent()).isEqualTo("alice");
        again.navigate(url(mixed, "/profile"));
        again.getByText("API tokens").first().waitFor();
        assertThat(again.locator("vaadin-password-field").count())
                .as("no password to change")
                .isZero();
        again.context().close();
        assertThat(db.sql("select username from app_user where username ilike 'alice%' or sso_subject = :s")
                        .param("s", alice.subject())
                        .query(String.class)
                        .list())
                .containsExactly("alice");
    }

    @Test
    void groups_decide_the_administrator_role_and_the_mapped_project_roles_only() {
        var bob = provider.add("bob", Map.of("groups", List.of("tagbench-admins", "news-curators")));
        bed.signIn(mixed, bob).context().close();
        var data = mixed.bean(TestData.class);
        var projects = mixed.bean(ProjectService.class);
        var project = projects.findByName(data.admin(), MAPPED_PROJECT).orElseThrow();
        var account = data.account("bob");
        assertThat(account.admin()).isTrue();
        assertThat(projects.rolesOf(account, project.id())).containsExactly(ProjectRole.ANNOTATOR);
        // A role the mapping does not decide is the managers' to give, and stays.
        data.member(project, account, ProjectRole.ANNOTATOR, ProjectRole.REVIEWER);

        bob.set("groups", List.of("news-leads"));
        bed.signIn(mixed, bob).context().close();
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
        var page = bed.signIn(mixed, impostor);
        assertThat(page.locator(".login-notice").textContent())
                .contains("A Tagbench account named '" + local.username() + "'");
        Browser.screenshot(page, "sign-in-refused");
        assertThat(bed.refusal(page, mixed)).contains("already exists and is not linked");
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
        bed.signIn(mixed, dave).context().close();
        var data = mixed.bean(TestData.class);
        mixed.bean(UserService.class).update(data.admin(), "dave", new AccountChanges(null, null, false));
        var page = bed.signIn(mixed, dave);
        assertThat(bed.refusal(page, mixed)).contains("Your Tagbench account is disabled");
    }

    @Test
    void with_local_accounts_off_only_the_provider_and_api_tokens_sign_in() throws Exception {
        var data = ssoOnly.bean(TestData.class);
        var grace = data.user("grace");
        var token = ssoOnly.bean(ApiTokenService.class).create(grace, "script").token();
        var page = browser.newPage();
        page.navigate(url(ssoOnly, "/login"));
        assertThat(page.locator("a.sso-sign-in").textContent()).isEqualTo("Sign in with " + SsoTestBed.PROVIDER);
        assertThat(page.locator("vaadin-login-form").count()).isZero();
        Browser.screenshot(page, "sign-in-local-accounts-off");
        // The form's address, with this session's CSRF token, refuses the right password as a wrong one.
        var csrf = page.locator("meta[name='_csrf']").getAttribute("content");
        var post = page.context()
                .request()
                .post(
                        url(ssoOnly, "/login"),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("username", grace.username())
                                        .set("password", TestData.PASSWORD)
                                        .set("_csrf", csrf))
                                .setMaxRedirects(0));
        assertThat(post.status()).isEqualTo(302);
        assertThat(post.headers().get("location")).contains("/login?error");
        page.navigate(url(ssoOnly, "/profile"));
        assertThat(page.url()).as("not signed in").contains("/login");
        page.context().close();

        // The API takes the account's token, not its password; with local accounts on it takes both.
        assertThat(bed.api(ssoOnly, "/api/v1/projects", "Bearer " + token).statusCode())
                .isEqualTo(200);
        var basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((grace.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var refused = bed.api(ssoOnly, "/api/v1/projects", basic);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("API token").doesNotContain("Basic");
        assertThat(bed.api(mixed, "/api/v1/projects", basic).statusCode()).isEqualTo(200);

        // This node links existing accounts: grace's first sign-in through the provider opens hers.
        var atProvider = provider.add(grace.username(), Map.of());
        var signedIn = bed.signIn(ssoOnly, atProvider);
        assertThat(signedIn.locator(".app-user").textContent()).isEqualTo(grace.username());
        signedIn.context().close();
        assertThat(db.sql("select sso_subject from app_user where id = :id")
                        .param("id", grace.id())
                        .query(String.class)
                        .single())
                .isEqualTo(atProvider.subject());
    }
}
