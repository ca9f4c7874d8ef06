package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import dev.tagbench.user.AppUser;
import dev.tagbench.user.UserService;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and who may do what in them. Every other feature asks this service before it reads or
 * writes project data: a non-member gets "not found" (ids reveal nothing), a member without the role
 * gets "forbidden". Admins may do everything a manager may.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final UserService users;
    private final String defaultSegmenter;

    ProjectService(
            ProjectRepository projects,
            UserService users,
            @Value("${tagbench.ingest.default-segmenter:icu-news}") String defaultSegmenter) {
        this.projects = projects;
        this.users = users;
        this.defaultSegmenter = defaultSegmenter;
    }

    @Transactional(readOnly = true)
    public List<Project> visibleTo(AppUser actor) {
        return actor.admin() ? projects.findAll() : projects.findByMember(actor.id());
    }

    /** The projects where the actor holds the role; admins count as managers of every project. */
    @Transactional(readOnly = true)
    public List<Project> withRole(AppUser actor, ProjectRole role) {
        return visibleTo(actor).stream()
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

    @Transactional(readOnly = true)
    public Set<ProjectRole> rolesOf(AppUser actor, long projectId) {
        return projects.roles(projectId, actor.id());
    }

    /** A project's label schema, for internal use after access was checked. */
    @Transactional(readOnly = true)
    public List<Label> labelsOf(long projectId) {
        return projects.findById(projectId).map(Project::labels).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Project> findByName(String name) {
        return projects.findByName(name);
    }

    @Transactional
    public Project create(AppUser actor, NewProject request) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators create projects.");
        }
        var name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "A project name has 1 to 200 characters.");
        }
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
        if (perArticle < 1 || perArticle > 50) {
            throw new InvalidInputException("annotatorsPerArticle", "Between 1 and 50 curators per article.");
        }
        try {
            var id = projects.insert(
                    name, perArticle, defaultSegmenter, request.blind() == null || request.blind(), labels);
            return projects.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A project named '" + name + "' exists already.");
        }
    }

    /** Changes how many curators each article needs and whether annotation is blind; managers only. */
    @Transactional
    public Project updateSettings(AppUser actor, long projectId, int annotatorsPerArticle, boolean blind) {
        return updateSettings(actor, projectId, annotatorsPerArticle, blind, null);
    }

    /** As {@link #updateSettings(AppUser, long, int, boolean)}, and the language unless null; all or nothing. */
    @Transactional
    public Project updateSettings(
            AppUser actor, long projectId, int annotatorsPerArticle, boolean blind, @Nullable String language) {
        requireRole(actor, projectId, ProjectRole.MANAGER);
        if (annotatorsPerArticle < 1 || annotatorsPerArticle > 50) {
            throw new InvalidInputException("annotatorsPerArticle", "Between 1 and 50 curators per article.");
        }
        var tag = language == null ? null : languageTag(language);
        projects.updateSettings(projectId, annotatorsPerArticle, blind);
        if (tag != null) {
            projects.updateLanguage(projectId, tag);
        }
        return projects.findById(projectId).orElseThrow();
    }

    /**
     * Sets the language of the project's texts, which its dataset cards declare: a BCP 47 tag such as
     * {@code en}, {@code uk} or {@code pt-BR}. Managers only.
     */
    @Transactional
    public Project updateLanguage(AppUser actor, long projectId, String language) {
        requireRole(actor, projectId, ProjectRole.MANAGER);
        projects.updateLanguage(projectId, languageTag(language));
        return projects.findById(projectId).orElseThrow();
    }

    private static String languageTag(String language) {
        var tag = language.strip();
        if (tag.length() > 35 || !LANGUAGE.matcher(tag).matches()) {
            throw new InvalidInputException(
                    "language",
                    "Give the language as a BCP 47 tag such as en, uk or pt-BR (lower-case language first).");
        }
        return tag;
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
        var member = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        projects.replaceRoles(projectId, member.id(), roles);
        return projects.roles(projectId, member.id());
    }

    /** As the database checks it: a language subtag, then optional region, script or variant subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private static NotFoundException notFound(long projectId) {
        return new NotFoundException("Project " + projectId + " does not exist or you are not a member.");
    }
}
