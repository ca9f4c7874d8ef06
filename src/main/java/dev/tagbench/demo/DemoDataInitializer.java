package dev.tagbench.demo;

import dev.tagbench.base.Counted;
import dev.tagbench.ingest.ImportService;
import dev.tagbench.ingest.InMemorySource;
import dev.tagbench.project.NewProject;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AdministratorReady;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.PasswordGenerator;
import dev.tagbench.user.UserService;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code tagbench.demo=true}): a project with the default schema, the sample articles,
 * two curators and a reviewer. Safe to run on every start: what exists is left alone, and seeds
 * already imported are recognised by their content hash.
 */
@Component
@ConditionalOnBooleanProperty("tagbench.demo")
class DemoDataInitializer {

    static final String PROJECT_NAME = "Demo: Japan and Ukraine";
    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final UserService users;
    private final ProjectService projects;
    private final ImportService imports;
    private final ResourcePatternResolver resources;
    private final DemoProperties properties;

    DemoDataInitializer(
            UserService users,
            ProjectService projects,
            ImportService imports,
            ResourcePatternResolver resources,
            DemoProperties properties) {
        this.users = users;
        this.projects = projects;
        this.imports = imports;
        this.resources = resources;
        this.properties = properties;
    }

    /** Sets the demo up as the administrator, once that account exists. */
    @EventListener
    void seed(AdministratorReady ready) throws IOException {
        var admin = ready.admin();
        ensureUser(admin, "curator1", "Curator One");
        ensureUser(admin, "curator2", "Curator Two");
        ensureUser(admin, "reviewer1", "Reviewer One");
        var project = projects.findByName(admin, PROJECT_NAME)
                .orElseGet(() -> projects.create(admin, new NewProject(PROJECT_NAME, null, 2)));
        projects.setMemberRoles(admin, project.id(), "admin", Set.of(ProjectRole.MANAGER));
        projects.setMemberRoles(admin, project.id(), "curator1", Set.of(ProjectRole.ANNOTATOR));
        projects.setMemberRoles(admin, project.id(), "curator2", Set.of(ProjectRole.ANNOTATOR));
        projects.setMemberRoles(admin, project.id(), "reviewer1", Set.of(ProjectRole.REVIEWER));
        importSeeds(admin, project);
    }

    private void ensureUser(AppUser admin, String username, String displayName) {
        if (users.findByUsername(admin, username).isPresent()) {
            return;
        }
        var configured = properties.userPassword();
        var password = configured.isBlank() ? PasswordGenerator.generate() : configured;
        users.create(admin, username, password, displayName, false);
        log.warn("Demo account '{}' created with password: {}", username, password);
    }

    private void importSeeds(AppUser admin, Project project) throws IOException {
        var started = System.nanoTime();
        var seeds = resources.getResources(properties.seeds());
        Arrays.sort(seeds, Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
        var imported = 0;
        var sentences = 0;
        for (Resource seed : seeds) {
            var name = String.valueOf(seed.getFilename());
            byte[] bytes;
            try (var in = seed.getInputStream()) {
                bytes = in.readAllBytes();
            }
            var report = imports.importFile(admin, project.id(), new InMemorySource(name, bytes));
            if (report.rejected() != null) {
                log.warn("Seed {} not imported: {}", name, report.rejected());
            }
            for (var article : report.imported()) {
                imported++;
                sentences += article.sentences();
                log.info("Seed {}: '{}' with {}", name, article.title(), Counted.of(article.sentences(), "sentence"));
            }
        }
        log.info(
                "Demo seeds: {} of {} files imported ({} sentences) in {} ms",
                imported,
                seeds.length,
                sentences,
                (System.nanoTime() - started) / 1_000_000);
    }
}
