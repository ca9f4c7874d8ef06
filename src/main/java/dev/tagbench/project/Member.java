package dev.tagbench.project;

import java.util.Set;

/** A project member and their roles there. */
public record Member(String username, String displayName, Set<ProjectRole> roles) {}
