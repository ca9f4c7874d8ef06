package dev.tagbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tagbench.annotation.AbandonedSlots;
import dev.tagbench.annotation.AssignmentService;
import dev.tagbench.article.ArticleWorkflow;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.export.ExportPlan;
import dev.tagbench.export.ExportService;
import dev.tagbench.export.ExportedArticle;
import dev.tagbench.extension.ExtensionCatalog;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.support.TagbenchIntegrationTest;
import dev.tagbench.support.TestData;
import dev.tagbench.user.UserService;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Authorization in one layer: the service methods views and controllers reach check the user they
 * act for themselves, and what acts for nobody cannot be called from outside a service's transaction.
 */
@TagbenchIntegrationTest
class ServiceChecksIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AbandonedSlots abandonedSlots;

    @Autowired
    ExportService exports;

    @Autowired
    ExtensionCatalog catalog;

    @Test
    void accounts_are_created_and_listed_by_administrators_only() {
        var curator = data.user("not-an-admin");
        assertThatThrownBy(() -> users.create(curator, "made-by-curator", TestData.PASSWORD, "", true))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.all(curator)).isInstanceOf(ForbiddenException.class);
        assertThat(users.findByUsername(data.admin(), "made-by-curator")).isEmpty();
    }

    @Test
    void an_articles_state_and_rejection_comment_are_for_members_of_its_project_only() {
        var project = data.project();
        var article = data.article(project);
        var outsider = data.user("outsider");
        assertThatThrownBy(() -> workflow.state(outsider, article)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.rejectionComment(outsider, article)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.history(outsider, article)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.statusOf(outsider, article)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void what_acts_for_nobody_runs_only_inside_a_services_transaction() {
        var article = data.article(data.project());
        assertThatThrownBy(() -> workflow.current(article)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> abandonedSlots.release()).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void an_export_plan_made_anywhere_but_prepare_exports_nothing_else() throws Exception {
        var fixture = new AccessFixture(context);
        var side = fixture.p;
        var plan = exports.prepare(side.manager(), side.project().id(), "jsonl", "80,10,10", 7);
        var foreign = fixture.q.annotated();
        var forged = new ExportPlan(
                plan.actor(),
                plan.project(),
                plan.exporter(),
                plan.split(),
                plan.seed(),
                plan.options(),
                List.of(new ExportedArticle(foreign, "train", Instant.now())),
                plan.description(),
                null,
                null);
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> exports.write(forged, out)).isInstanceOf(ForbiddenException.class);
        assertThat(out.toString()).doesNotContain(fixture.q.secret());
        // Downloading again reads a recorded export as it was: only one of the plan's own project.
        var foreignSnapshot = new ExportPlan(
                plan.actor(),
                plan.project(),
                plan.exporter(),
                plan.split(),
                plan.seed(),
                plan.options(),
                plan.articles(),
                plan.description(),
                fixture.q.snapshot(),
                "0".repeat(64));
        assertThatThrownBy(() -> exports.write(foreignSnapshot, out)).isInstanceOf(ForbiddenException.class);
        assertThat(out.toString()).doesNotContain(fixture.q.secret());

        var byCurator = new ExportPlan(
                side.curator(),
                plan.project(),
                plan.exporter(),
                plan.split(),
                plan.seed(),
                plan.options(),
                plan.articles(),
                plan.description(),
                null,
                null);
        assertThatThrownBy(() -> exports.write(byCurator, out)).isInstanceOf(ForbiddenException.class);
        assertThat(exports.write(plan, out).rows()).isPositive();
    }

    @Test
    void only_administrators_see_which_classes_implement_the_plugins() {
        var curator = data.user("plugin-reader");
        data.member(data.project(), curator, ProjectRole.ANNOTATOR);
        assertThat(catalog.installed(curator))
                .isNotEmpty()
                .allSatisfy(plugin -> assertThat(plugin.implementation()).isEmpty());
        assertThat(catalog.installed(data.admin()))
                .allSatisfy(plugin -> assertThat(plugin.implementation()).isNotEmpty());
    }
}
