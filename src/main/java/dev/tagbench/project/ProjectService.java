package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.InvalidInputException.FieldError;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and who may do what in them. Every other feature asks this service before it reads or
 * writes project data: a non-member gets "not found" (ids reveal nothing), a member without the role
 * gets "forbidden". Admins may do everything a manager may.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final SchemaRepository schemas;
    private final UserService users;
    private final String defaultSegmenter;

    ProjectService(
            ProjectRepository projects,
            SchemaRepository schemas,
            UserService users,
            @Value("${tagbench.ingest.default-segmenter:icu-news}") String defaultSegmenter) {
        this.projects = projects;
        this.schemas = schemas;
        this.users = users;
        this.defaultSegmenter = defaultSegmenter;
    }

    /** The actor's projects (admins: all); archived ones only for those who manage them. */
    @Transactional(readOnly = true)
    public List<Project> visibleTo(AppUser actor) {
        return actor.admin() ? projects.findAll() : projects.findByMember(actor.id());
    }

    /**
     * The projects where the actor holds the role; admins count as managers of every project. An
     * archived project counts for managers only: it has no work for curators and reviewers.
     */
    @Transactional(readOnly = true)
    public List<Project> withRole(AppUser actor, ProjectRole role) {
        return visibleTo(actor).stream()
                .filter(project -> role == ProjectRole.MANAGER || !project.archived())
                .filter(project -> actor.admin() && role == ProjectRole.MANAGER
                        || projects.roles(project.id(), actor.id()).contains(role))
                .toList();
    }

    /** The project, if the actor is a member (any role) or an admin. */
    @Transactional(readOnly = true)
    public Project get(AppUser actor, long projectId) {
        var project = projects.findById(projectId).orElseThrow(() -> notFound(projectId));
        if (!actor.admin() && projects.roles(projectId, actor.id()).isEmpty()) {
            throw notFound(projectId);
        }
        return project;
    }

    /**
     * The project, if the actor holds one of the roles there. Admins count as managers.
     *
     * @throws NotFoundException  when the actor is not a member
     * @throws ForbiddenException when the actor is a member without any of the roles
     */
    @Transactional(readOnly = true)
    public Project requireRole(AppUser actor, long projectId, ProjectRole... anyOf) {
        var found = projects.findWithRoles(projectId, actor.id()).orElseThrow(() -> notFound(projectId));
        var project = found.project();
        var roles = found.roles();
        var wanted = Set.of(anyOf);
        if (actor.admin() && wanted.contains(ProjectRole.MANAGER)) {
            return project;
        }
        if (roles.isEmpty() && !actor.admin()) {
            throw notFound(projectId);
        }
        if (roles.stream().noneMatch(wanted::contains)) {
            throw new ForbiddenException(
                    "This needs the role " + Arrays.toString(anyOf) + " in project " + projectId + ".");
        }
        return project;
    }

    /**
     * {@link #requireRole} for writes that store label keys: first waits while the project's label
     * schema is being changed, then keeps it from changing until the transaction ends, so a label
     * removed from the schema cannot come back through a write that read the old schema.
     */
    @Transactional
    public Project requireRoleToLabel(AppUser actor, long projectId, ProjectRole... anyOf) {
        schemas.holdShared(projectId);
        return requireRole(actor, projectId, anyOf);
    }

    @Transactional(readOnly = true)
    public Set<ProjectRole> rolesOf(AppUser actor, long projectId) {
        return projects.roles(projectId, actor.id());
    }

    /** A project's label schema, inside the transaction of a service that checked access. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Label> labelsOf(long projectId) {
        return projects.findById(projectId).map(Project::labels).orElse(List.of());
    }

    /** The project with this name, if the actor is a member of it or an administrator. */
    @Transactional(readOnly = true)
    public Optional<Project> findByName(AppUser actor, String name) {
        return projects.findByName(name)
                .filter(project -> actor.admin()
                        || !projects.roles(project.id(), actor.id()).isEmpty());
    }

    @Transactional
    public Project create(AppUser actor, NewProject request) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators create projects.");
        }
        var name = request.name() == null ? "" : request.name().strip();
        ProjectRules.name(name).ifPresent(ProjectService::refuse);
        if (request.labels() != null && request.labels().stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("labels", "A label cannot be empty (null).");
        }
        var labels = request.labels() == null
                ? DefaultLabelSchema.LABELS
                : request.labels().stream()
                        .map(label -> new Label(
                                label.key(),
                                label.name(),
                                label.color(),
                                label.hotkey(),
                                label.description() == null ? "" : label.description()))
                        .toList();
        LabelSchemaValidator.validate(labels);
        var perArticle = request.annotatorsPerArticle() == null ? 2 : request.annotatorsPerArticle();
        ProjectRules.annotatorsPerArticle(perArticle).ifPresent(ProjectService::refuse);
        try {
            var id = projects.insert(name, perArticle, defaultSegmenter, request.blind() == null || request.blind());
            schemas.writeLabels(id, labels);
            schemas.record(id, 1, actor.id(), List.of());
            return projects.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A project named '" + name + "' exists already.");
        }
    }

    /** The project's members with their roles; managers and admins only. */
    @Transactional(readOnly = true)
    public List<Member> members(AppUser actor, long projectId) {
        requireRole(actor, projectId, ProjectRole.MANAGER);
        return projects.members(projectId);
    }

    /** Sets a user's roles in a project; an empty set removes them from it. Admins and managers only. */
    @Transactional
    public Set<ProjectRole> setMemberRoles(AppUser actor, long projectId, String username, Set<ProjectRole> roles) {
        requireRole(actor, projectId, ProjectRole.MANAGER);
        var member = users.findByUsername(actor, username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        projects.replaceRoles(projectId, member.id(), roles);
        return projects.roles(projectId, member.id());
    }

    private static void refuse(FieldError error) {
        throw new InvalidInputException(error.field(), error.message());
    }

    private static NotFoundException notFound(long projectId) {
        return new NotFoundException("Project " + projectId + " does not exist or you are not a member.");
    }
}
