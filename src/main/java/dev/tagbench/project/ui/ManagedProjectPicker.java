package dev.tagbench.project.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.tagbench.project.Project;
import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The project chooser of the managers' views (dashboard, import, export, members): the projects the
 * signed-in user manages, one of them chosen. Views listen to its value changes as to any field's.
 */
public class ManagedProjectPicker extends ComboBox<Project> {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    public ManagedProjectPicker(String label, ProjectService projects, CurrentUser currentUser) {
        super(label);
        this.projects = projects;
        this.currentUser = currentUser;
        addClassName("managed-project-picker");
        setItemLabelGenerator(Project::name);
    }

    /**
     * Offers the projects the signed-in user manages now and chooses the one with id
     * {@code preferredId} (a link's query parameter, say) if it is among them, else the first.
     *
     * @return false when the user manages no project; the view then says so instead of showing its tools
     */
    public boolean load(@Nullable String preferredId) {
        var managed = projects.withRole(currentUser.require(), ProjectRole.MANAGER);
        setItems(managed);
        if (managed.isEmpty()) {
            return false;
        }
        setValue(managed.stream()
                .filter(project -> String.valueOf(project.id()).equals(preferredId))
                .findFirst()
                .orElse(managed.getFirst()));
        return true;
    }

    /** As {@link #load(String)}, choosing the first project. */
    public boolean load() {
        return load(null);
    }
}
