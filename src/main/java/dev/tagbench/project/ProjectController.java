package dev.tagbench.project;

import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    ProjectController(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Operation(summary = "List the projects you are a member of (administrators: all)")
    @GetMapping
    List<ProjectJson> list() {
        return projects.visibleTo(currentUser.require()).stream()
                .map(ProjectJson::of)
                .toList();
    }

    @Operation(summary = "Get a project with its label schema")
    @GetMapping("/{projectId}")
    ProjectJson get(@PathVariable long projectId) {
        return ProjectJson.of(projects.get(currentUser.require(), projectId));
    }

    @Operation(summary = "Create a project")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(@RequestBody NewProject request) {
        return ProjectJson.of(projects.create(currentUser.require(), request));
    }

    @Operation(summary = "Set a member's roles in a project")
    @PutMapping("/{projectId}/members/{username}")
    MemberJson setMember(@PathVariable long projectId, @PathVariable String username, @RequestBody MemberRoles body) {
        var roles = projects.setMemberRoles(
                currentUser.require(), projectId, username, body.roles() == null ? Set.of() : body.roles());
        return new MemberJson(username, roles);
    }

    @Operation(summary = "List a project's members and their roles")
    @GetMapping("/{projectId}/members")
    List<Member> members(@PathVariable long projectId) {
        return projects.members(currentUser.require(), projectId);
    }

    @Operation(summary = "Change a project's settings")
    @PutMapping("/{projectId}/settings")
    ProjectJson settings(@PathVariable long projectId, @RequestBody Settings body) {
        return ProjectJson.of(
                projects.updateSettings(currentUser.require(), projectId, body.annotatorsPerArticle(), body.blind()));
    }

    record Settings(int annotatorsPerArticle, boolean blind) {}

    record ProjectJson(
            long id, String name, List<Label> labels, int annotatorsPerArticle, boolean blind, int schemaVersion) {
        static ProjectJson of(Project project) {
            return new ProjectJson(
                    project.id(),
                    project.name(),
                    project.labels(),
                    project.annotatorsPerArticle(),
                    project.blind(),
                    project.schemaVersion());
        }
    }

    record MemberRoles(@Nullable Set<ProjectRole> roles) {}

    record MemberJson(String username, Set<ProjectRole> roles) {}
}
