package dev.tagbench.project;

import dev.tagbench.user.SignedInWithSso;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project roles from the identity provider's groups ({@code tagbench.sso.project-roles}), applied at
 * every sign-in through the provider, in its transaction. For each project and role the mapping
 * names, the provider decides: a member of a group mapped to it gets the role, anyone else signing
 * in through the provider loses it. Roles the mapping does not name stay with the managers. A
 * project the mapping names that does not exist (yet, or any more) is skipped with a warning.
 */
@Service
class ProjectRolesFromGroups {

    private static final Logger log = LoggerFactory.getLogger(ProjectRolesFromGroups.class);

    private final ProjectRepository projects;
    private final SsoRoleMapping mapping;

    ProjectRolesFromGroups(ProjectRepository projects, SsoRoleMapping mapping) {
        this.projects = projects;
        this.mapping = mapping;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(SignedInWithSso signIn) {
        // Project name → the roles the mapping decides there, and those of them this person's groups give.
        var decided = new LinkedHashMap<String, Set<ProjectRole>>();
        var given = new LinkedHashMap<String, Set<ProjectRole>>();
        for (var grant : mapping.projectRoles()) {
            decided.computeIfAbsent(grant.project(), name -> EnumSet.noneOf(ProjectRole.class))
                    .addAll(grant.roles());
            if (signIn.groups().contains(grant.group())) {
                given.computeIfAbsent(grant.project(), name -> EnumSet.noneOf(ProjectRole.class))
                        .addAll(grant.roles());
            }
        }
        var userId = signIn.user().id();
        decided.forEach((name, roles) -> {
            var project = projects.findByName(name);
            if (project.isEmpty()) {
                log.warn("tagbench.sso.project-roles names project '{}', which does not exist", name);
                return;
            }
            var projectId = project.get().id();
            var current = projects.roles(projectId, userId);
            var wanted = EnumSet.noneOf(ProjectRole.class);
            wanted.addAll(current);
            wanted.removeAll(roles);
            wanted.addAll(given.getOrDefault(name, Set.of()));
            if (!wanted.equals(current)) {
                projects.replaceRoles(projectId, userId, wanted);
                log.info(
                        "{} has the roles {} in project '{}' from groups",
                        signIn.user().username(),
                        wanted,
                        name);
            }
        });
    }
}
