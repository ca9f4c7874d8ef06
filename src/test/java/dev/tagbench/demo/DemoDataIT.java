package dev.tagbench.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tagbench.article.ArticleService;
import dev.tagbench.article.ArticleSort;
import dev.tagbench.article.ArticleSummary;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.AdministratorReady;
import dev.tagbench.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@TagbenchIntegrationTest
class DemoDataIT {

    @Autowired
    DemoDataInitializer initializer;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    ArticleService articles;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void demo_mode_imports_the_five_seeds_into_a_project_with_the_default_schema() {
        var admin = data.admin();
        var project = projects.findByName(data.admin(), DemoDataInitializer.PROJECT_NAME)
                .orElseThrow();
        assertThat(project.labels())
                .extracting(label -> label.key() + ":" + label.hotkey())
                .containsExactly("pledge:1", "attack_report:2", "troop_claim:3");
        var seeds = articles.page(admin, project.id(), ArticleSort.IMPORTED, 0, 100);
        assertThat(seeds)
                .extracting(ArticleSummary::title)
                .containsExactly(
                        "Japanese minister visits Ukraine over North Korean troops",
                        "Japan Foreign Minister Promises Aid For Ukrainian Anti-Drone System",
                        "Foreign Minister Yoko Kamikawa promised to continue Japan's support for Ukraine during her visit to Kyiv.",
                        "Japan pledges millions more to support Ukraine on foreign minister’s surprise visit",
                        "Japanese FM initiates historic talks in Kyiv, paving way for bilateral security agreement with Ukraine");
        assertThat(seeds).extracting(ArticleSummary::sentences).allMatch(count -> count >= 10);
        assertThat(seeds.getFirst().publishedOn()).hasToString("2024-11-16");
    }

    @Test
    void demo_accounts_have_their_roles_and_hashed_passwords() {
        var project = projects.findByName(data.admin(), DemoDataInitializer.PROJECT_NAME)
                .orElseThrow();
        for (var name : new String[] {"curator1", "curator2"}) {
            assertThat(projects.rolesOf(data.account(name), project.id())).containsExactly(ProjectRole.ANNOTATOR);
        }
        assertThat(projects.rolesOf(data.account("reviewer1"), project.id())).containsExactly(ProjectRole.REVIEWER);
        var hash = jdbc.sql("select password_hash from app_user where username = 'curator1'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo-password");
        assertThat(passwordEncoder.matches("demo-password", hash)).isTrue();
    }

    @Test
    void starting_again_creates_no_duplicates() throws Exception {
        var before =
                jdbc.sql("select count(*) from article").query(Integer.class).single();
        initializer.seed(new AdministratorReady(data.admin()));
        assertThat(jdbc.sql("select count(*) from article").query(Integer.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from project where name = :name")
                        .param("name", DemoDataInitializer.PROJECT_NAME)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
