package dev.tagbench.user;

/**
 * An account as administrators manage it: who, whether an administrator, whether it may sign in.
 *
 * @param singleSignOn whether an identity at the single sign-on provider is tied to the account
 */
public record UserAccount(
        long id, String username, String displayName, boolean admin, boolean enabled, boolean singleSignOn) {}
