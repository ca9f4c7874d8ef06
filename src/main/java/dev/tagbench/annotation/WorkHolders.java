package dev.tagbench.annotation;

import dev.tagbench.project.ProjectRole;
import dev.tagbench.project.ProjectService;
import dev.tagbench.user.AppUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds which articles of a project, for the people who steer it: managers and reviewers. */
@Service
public class WorkHolders {

    /** What a holder does with an article. */
    public enum Part {
        /** A curator's slot, still labelling. */
        ASSIGNED,
        /** A curator who submitted. */
        SUBMITTED,
        /** The reviewer holding the review. */
        REVIEWING
    }

    /** Someone holding an article and how. */
    public record Holder(String username, Part part) {}

    private final AssignmentRepository assignments;
    private final ProjectService projects;

    WorkHolders(AssignmentRepository assignments, ProjectService projects) {
        this.assignments = assignments;
        this.projects = projects;
    }

    /** Article id → its holders, for the given articles of the project; managers and reviewers only. */
    @Transactional(readOnly = true)
    public Map<Long, List<Holder>> of(AppUser actor, long projectId, Collection<Long> articleIds) {
        projects.requireRole(actor, projectId, ProjectRole.MANAGER, ProjectRole.REVIEWER);
        return articleIds.isEmpty() ? Map.of() : assignments.holders(projectId, articleIds);
    }
}
