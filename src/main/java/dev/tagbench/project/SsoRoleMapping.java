package dev.tagbench.project;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Project roles from the identity provider's groups: {@code tagbench.sso.project-roles[n].group},
 * {@code .project} (the project's name) and {@code .roles} ({@link ProjectRolesFromGroups}).
 */
@ConfigurationProperties("tagbench.sso")
record SsoRoleMapping(@DefaultValue List<Grant> projectRoles) {

    /** Members of the group hold these roles in the project. */
    record Grant(String group, String project, Set<ProjectRole> roles) {

        Grant {
            if (blank(group) || blank(project) || roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException(
                        "Each tagbench.sso.project-roles entry needs a group, a project and at least one role.");
            }
        }

        /** Missing in the properties arrives as null, whatever the declaration says. */
        private static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }
}
