package dev.tagbench.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who the identity provider says signed in: its issuer and subject (the person's stable id there),
 * and what its claims say of them.
 *
 * @param username    the username claim, if the provider sent it
 * @param displayName the {@code name} claim, if sent
 * @param groups      the groups claim, empty if not sent
 */
record SsoIdentity(
        String issuer,
        String subject,
        @Nullable String username,
        @Nullable String displayName,
        Set<String> groups) {}
