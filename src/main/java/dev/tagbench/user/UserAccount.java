package dev.tagbench.user;

/** An account as administrators manage it: who, whether an administrator, whether it may sign in. */
public record UserAccount(long id, String username, String displayName, boolean admin, boolean enabled) {}
