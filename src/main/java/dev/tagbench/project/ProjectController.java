package dev.tagbench.project;

import dev.tagbench.base.IfMatchVersion;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private final ProjectService projects;
    private final ProjectSetupService setup;
    private final CurrentUser currentUser;

    ProjectController(ProjectService projects, ProjectSetupService setup, CurrentUser currentUser) {
        this.projects = projects;
        this.setup = setup;
        this.currentUser = currentUser;
    }

    @Operation(summary = "List the projects you are a member of (administrators: all)")
    @GetMapping
    List<ProjectJson> list() {
        var actor = currentUser.require();
        return projects.visibleTo(actor).stream()
                .map(project -> json(actor, project))
                .toList();
    }

    @Operation(summary = "Get a project with its label schema")
    @GetMapping("/{projectId}")
    ProjectJson get(@PathVariable long projectId) {
        var actor = currentUser.require();
        return json(actor, projects.get(actor, projectId));
    }

    @Operation(summary = "Create a project")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(@RequestBody NewProject request) {
        var actor = currentUser.require();
        return json(actor, projects.create(actor, request));
    }

    @Operation(
            summary = "Change a project: name, settings, guidelines, segmenter, archiving, active learning, language")
    @PutMapping("/{projectId}")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The project as stored.")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named; nothing was saved.")
    @ApiResponse(
            responseCode = "409",
            description = "The schema version is not the given one (If-Match or schemaVersion), or the name is taken.")
    ProjectJson update(
            @PathVariable long projectId,
            @RequestBody ProjectUpdate body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var expected = body.schemaVersion() != null ? body.schemaVersion() : IfMatchVersion.parse(ifMatch);
        var changes = new ProjectChanges(
                body.name(),
                body.annotatorsPerArticle(),
                body.blind(),
                body.guidelines(),
                body.segmenter(),
                body.archived(),
                body.language());
        var actor = currentUser.require();
        return json(actor, setup.save(actor, projectId, changes, body.activeLearning(), expected));
    }

    @Operation(summary = "Replace a project's label schema")
    @PutMapping("/{projectId}/labels")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "The project with its new schema.")
    @ApiResponse(responseCode = "400", description = "Invalid labels, each field named; nothing was saved.")
    @ApiResponse(
            responseCode = "409",
            description = "The schema version is not the one in If-Match, or removed labels are in use"
                    + " (inUse says how many; repeat with removeInUse=true to remove them from those decisions).")
    ProjectJson labels(
            @PathVariable long projectId,
            @RequestBody List<Label> labels,
            @RequestParam(defaultValue = "false") boolean removeInUse,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var actor = currentUser.require();
        return json(
                actor,
                setup.save(actor, projectId, ProjectChanges.NONE, labels, IfMatchVersion.parse(ifMatch), removeInUse));
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
        var actor = currentUser.require();
        return json(
                actor,
                setup.save(
                        actor,
                        projectId,
                        new ProjectChanges(
                                null, body.annotatorsPerArticle(), body.blind(), null, null, null, body.language()),
                        null,
                        null,
                        false));
    }

    private ProjectJson json(AppUser actor, Project project) {
        return ProjectJson.of(project, setup.activeLearning(actor, project.id()));
    }

    /** @param language the language of the texts (BCP 47); unchanged when left out */
    record Settings(
            int annotatorsPerArticle,
            boolean blind,
            @Nullable String language) {}

    /** A change of the project's setup; what is absent stays as it is. */
    record ProjectUpdate(
            @Nullable String name,
            @Nullable Integer annotatorsPerArticle,
            @Nullable Boolean blind,
            @Nullable String guidelines,
            @Nullable String segmenter,
            @Nullable Boolean archived,
            @Nullable Boolean activeLearning,
            @Nullable Integer schemaVersion,
            @Nullable String language) {}

    record ProjectJson(
            long id,
            String name,
            List<Label> labels,
            int annotatorsPerArticle,
            boolean blind,
            int schemaVersion,
            String guidelines,
            String segmenter,
            boolean archived,
            boolean activeLearning,
            String language) {
        static ProjectJson of(Project project, boolean activeLearning) {
            return new ProjectJson(
                    project.id(),
                    project.name(),
                    project.labels(),
                    project.annotatorsPerArticle(),
                    project.blind(),
                    project.schemaVersion(),
                    project.guidelines(),
                    project.segmenterId(),
                    project.archived(),
                    activeLearning,
                    project.language());
        }
    }

    record MemberRoles(@Nullable Set<ProjectRole> roles) {}

    record MemberJson(String username, Set<ProjectRole> roles) {}
}
