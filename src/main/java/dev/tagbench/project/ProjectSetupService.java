package dev.tagbench.project;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.InvalidInputException.FieldError;
import dev.tagbench.extension.ExtensionCatalog;
import dev.tagbench.extension.InstalledExtension;
import dev.tagbench.user.AppUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers change a project's setup: name, curators per article, blind mode, segmenter, archiving,
 * the language of its texts, and its scheme (labels and guidelines). Every change of the scheme
 * counts one schema version and is recorded with it; a caller that names the version it read is
 * refused when another change came first. Removing labels that stored decisions use needs the
 * caller's confirmation. A save is one transaction: it is stored whole or not at all.
 */
@Service
public class ProjectSetupService {

    /** The extension point whose plugins cut articles into sentences (see the ingest feature). */
    static final String SEGMENTERS = "SentenceSegmenter";

    static final String CLEANERS = "TextCleaner";

    private final ProjectService projects;
    private final ProjectRepository repository;
    private final SchemaRepository schemas;
    private final ExtensionCatalog extensions;
    private final List<LabelUses> uses;
    private final ObjectProvider<ActiveLearningSwitch> activeLearning;

    ProjectSetupService(
            ProjectService projects,
            ProjectRepository repository,
            SchemaRepository schemas,
            ExtensionCatalog extensions,
            ObjectProvider<LabelUses> uses,
            ObjectProvider<ActiveLearningSwitch> activeLearning) {
        this.activeLearning = activeLearning;
        this.projects = projects;
        this.repository = repository;
        this.schemas = schemas;
        this.extensions = extensions;
        this.uses = uses.orderedStream().toList();
    }

    /**
     * Stores the changes and, when {@code labels} is not null, the whole label schema in this order:
     * a new key adds a label, a known key is edited, a missing key is removed.
     *
     * @param expectedSchemaVersion the schema version the caller read, or null to overwrite
     * @param removeInUse           whether removing labels that decisions use may take them out of those
     * @throws SchemaChangedException when the schema version is not the expected one
     * @throws LabelsInUseException   when removed labels are in use and {@code removeInUse} is false
     * @throws InvalidInputException  with every invalid field; nothing is stored
     */
    @Transactional
    public Project save(
            AppUser actor,
            long projectId,
            ProjectChanges changes,
            @Nullable List<Label> labels,
            @Nullable Integer expectedSchemaVersion,
            boolean removeInUse) {
        var project = projects.requireRole(actor, projectId, ProjectRole.MANAGER);
        var schema = labels == null ? null : normalized(labels);
        validate(actor, changes, schema);
        if (expectedSchemaVersion != null && expectedSchemaVersion != project.schemaVersion()) {
            throw new SchemaChangedException(expectedSchemaVersion, project.schemaVersion());
        }
        updateSettings(project, changes);
        var newGuidelines =
                changes.guidelines() != null && !changes.guidelines().equals(project.guidelines());
        var newLabels = schema != null && !schema.equals(project.labels());
        if (newGuidelines || newLabels) {
            changeScheme(
                    actor,
                    projectId,
                    changes.guidelines(),
                    newLabels ? schema : null,
                    expectedSchemaVersion,
                    removeInUse);
        }
        return repository.findById(projectId).orElseThrow();
    }

    /**
     * {@link #save} with the project's active learning switched as well, in the same transaction; null
     * leaves it as it is.
     */
    @Transactional
    public Project save(
            AppUser actor,
            long projectId,
            ProjectChanges changes,
            @Nullable Boolean activeLearning,
            @Nullable Integer expectedSchemaVersion) {
        var project = save(actor, projectId, changes, null, expectedSchemaVersion, false);
        if (activeLearning != null) {
            this.activeLearning.ifAvailable(setting -> setting.set(projectId, activeLearning, actor.id()));
        }
        return project;
    }

    /** Whether the project's Next article follows active learning; for its members. */
    @Transactional(readOnly = true)
    public boolean activeLearning(AppUser actor, long projectId) {
        projects.get(actor, projectId);
        var setting = activeLearning.getIfAvailable();
        return setting != null && setting.isOn(projectId);
    }

    /** The enabled segmenters a project may use. */
    public List<InstalledExtension> segmenters(AppUser actor) {
        return installed(actor, SEGMENTERS);
    }

    /** The enabled cleaners; every import runs all of them. */
    public List<InstalledExtension> cleaners(AppUser actor) {
        return installed(actor, CLEANERS);
    }

    private void changeScheme(
            AppUser actor,
            long projectId,
            @Nullable String guidelines,
            @Nullable List<Label> labels,
            @Nullable Integer expected,
            boolean removeInUse) {
        // Label writes hold the shared side: wait for those under way, keep new ones off until commit.
        schemas.holdExclusive(projectId);
        var version = schemas.nextVersion(projectId, expected)
                .orElseThrow(() -> new SchemaChangedException(
                        Objects.requireNonNull(expected), schemas.currentVersion(projectId)));
        var removed = new ArrayList<Map<String, Object>>();
        if (labels != null) {
            var current = repository.labels(projectId);
            var gone = new LinkedHashSet<String>();
            current.stream()
                    .map(Label::key)
                    .filter(key ->
                            labels.stream().noneMatch(label -> label.key().equals(key)))
                    .forEach(gone::add);
            var inUse = inUse(projectId, current, gone);
            if (!inUse.isEmpty() && !removeInUse) {
                throw new LabelsInUseException(inUse);
            }
            if (!gone.isEmpty()) {
                uses.forEach(use -> use.remove(projectId, gone, actor.id()));
            }
            inUse.forEach(use -> removed.add(use.json()));
            schemas.writeLabels(projectId, labels);
        }
        if (guidelines != null) {
            schemas.writeGuidelines(projectId, guidelines);
        }
        schemas.record(projectId, version, actor.id(), removed);
    }

    private List<LabelsInUseException.LabelInUse> inUse(long projectId, List<Label> current, Set<String> gone) {
        if (gone.isEmpty()) {
            return List.of();
        }
        var counts = uses.stream().map(use -> use.count(projectId, gone)).toList();
        var result = new ArrayList<LabelsInUseException.LabelInUse>();
        for (var label : current) {
            if (counts.stream().anyMatch(count -> count.getOrDefault(label.key(), 0L) > 0)) {
                // Every kind, zeros too, so API clients find the same members each time.
                var byKind = new LinkedHashMap<String, LabelsInUseException.Uses>();
                for (var i = 0; i < uses.size(); i++) {
                    byKind.put(
                            uses.get(i).kind(),
                            new LabelsInUseException.Uses(
                                    counts.get(i).getOrDefault(label.key(), 0L),
                                    uses.get(i).noun()));
                }
                result.add(new LabelsInUseException.LabelInUse(label.key(), label.name(), byKind));
            }
        }
        return result;
    }

    private void updateSettings(Project project, ProjectChanges changes) {
        var name = changes.name() == null ? project.name() : changes.name().strip();
        var segmenter = changes.segmenter() == null ? project.segmenterId() : changes.segmenter();
        if (!name.equals(project.name()) || !segmenter.equals(project.segmenterId())) {
            try {
                repository.updateSetup(project.id(), name, segmenter);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("A project named '" + name + "' exists already.");
            }
        }
        var perArticle = changes.annotatorsPerArticle() == null
                ? project.annotatorsPerArticle()
                : changes.annotatorsPerArticle();
        var blind = changes.blind() == null ? project.blind() : changes.blind();
        if (perArticle != project.annotatorsPerArticle() || blind != project.blind()) {
            repository.updateSettings(project.id(), perArticle, blind);
        }
        if (changes.archived() != null && changes.archived() != project.archived()) {
            repository.setArchived(project.id(), changes.archived());
        }
        if (changes.language() != null && !changes.language().strip().equals(project.language())) {
            repository.updateLanguage(project.id(), changes.language().strip());
        }
    }

    private void validate(AppUser actor, ProjectChanges changes, @Nullable List<Label> labels) {
        var errors = new ArrayList<FieldError>();
        if (changes.name() != null) {
            ProjectRules.name(changes.name()).ifPresent(errors::add);
        }
        if (changes.annotatorsPerArticle() != null) {
            ProjectRules.annotatorsPerArticle(changes.annotatorsPerArticle()).ifPresent(errors::add);
        }
        if (changes.language() != null) {
            ProjectRules.language(changes.language()).ifPresent(errors::add);
        }
        if (changes.guidelines() != null && changes.guidelines().length() > 100_000) {
            errors.add(new FieldError("guidelines", "Guidelines have at most 100,000 characters."));
        }
        var segmenters = segmenters(actor);
        if (changes.segmenter() != null && segmenters.stream().noneMatch(s -> s.id().equals(changes.segmenter()))) {
            errors.add(new FieldError(
                    "segmenter",
                    "Unknown segmenter '" + changes.segmenter() + "'; available: "
                            + segmenters.stream().map(InstalledExtension::id).toList() + "."));
        }
        if (labels != null) {
            errors.addAll(LabelSchemaValidator.errors(labels));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    "Nothing was saved: " + errors.getFirst().message(), errors);
        }
    }

    /** Labels as stored: no description is an empty one, an empty hotkey none; a null label is refused. */
    private static List<Label> normalized(List<Label> labels) {
        if (labels.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("labels", "A label cannot be empty (null).");
        }
        return labels.stream()
                .map(label -> new Label(
                        label.key(),
                        label.name(),
                        label.color(),
                        label.hotkey() == null || label.hotkey().isEmpty() ? null : label.hotkey(),
                        label.description() == null ? "" : label.description()))
                .toList();
    }

    private List<InstalledExtension> installed(AppUser actor, String extensionPoint) {
        return extensions.installed(actor).stream()
                .filter(extension -> extension.extensionPoint().equals(extensionPoint) && extension.enabled())
                .toList();
    }
}
