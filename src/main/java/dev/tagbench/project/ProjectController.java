package dev.tagbench.project;

import dev.tagbench.user.CurrentUser;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ProjectController(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<ProjectJson> list() {
        return projects.visibleTo(currentUser.require()).stream()
                .map(ProjectJson::of)
                .toList();
    }

    @GetMapping("/{projectId}")
    ProjectJson get(@PathVariable long projectId) {
        return ProjectJson.of(projects.get(currentUser.require(), projectId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(@RequestBody NewProject request) {
        return ProjectJson.of(projects.create(currentUser.require(), request));
    }

    @PutMapping("/{projectId}/members/{username}")
    MemberJson setMember(@PathVariable long projectId, @PathVariable String username, @RequestBody MemberRoles body) {
        var roles = projects.setMemberRoles(
                currentUser.require(), projectId, username, body.roles() == null ? Set.of() : body.roles());
        return new MemberJson(username, roles);
    }

    @GetMapping("/{projectId}/members")
    List<Member> members(@PathVariable long projectId) {
        return projects.members(currentUser.require(), projectId);
    }

    @PutMapping("/{projectId}/settings")
    ProjectJson settings(@PathVariable long projectId, @RequestBody Settings body) {
        return ProjectJson.of(projects.updateSettings(
                currentUser.require(), projectId, body.annotatorsPerArticle(), body.blind(), body.language()));
    }

    /** @param language the language of the texts (BCP 47); unchanged when left out */
    record Settings(
            int annotatorsPerArticle,
            boolean blind,
            @Nullable String language) {}

    record ProjectJson(
            long id,
            String name,
            List<Label> labels,
            int annotatorsPerArticle,
            boolean blind,
            int schemaVersion,
            String language) {
        static ProjectJson of(Project project) {
            return new ProjectJson(
                    project.id(),
                    project.name(),
                    project.labels(),
                    project.annotatorsPerArticle(),
                    project.blind(),
                    project.schemaVersion(),
                    project.language());
        }
    }

    record MemberRoles(@Nullable Set<ProjectRole> roles) {}

    record MemberJson(String username, Set<ProjectRole> roles) {}
}
