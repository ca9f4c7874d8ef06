package dev.tagbench.user;

import java.util.Set;

/**
 * Someone signed in through the identity provider, with the groups it names for them. Published in
 * the sign-in transaction, so what listeners change (project roles from groups) commits with it.
 */
public record SignedInWithSso(AppUser user, Set<String> groups) {}
