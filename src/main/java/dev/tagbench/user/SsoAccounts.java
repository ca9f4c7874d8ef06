package dev.tagbench.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tagbench account behind a sign-in through the identity provider. An account is found by the
 * provider's issuer and subject, never by name: a name at the provider may change hands, the subject
 * does not. A first sign-in creates an account named by the username claim, or, only where
 * {@code tagbench.sso.link-existing-accounts} allows it, links the existing account of that name
 * that has no provider identity yet. Otherwise an existing name is refused: whoever can choose their
 * name at the provider would get the Tagbench account that has it. Disabled accounts stay shut
 * whatever the provider says.
 */
@Service
class SsoAccounts {

    private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);

    private final UserRepository users;
    private final SsoProperties sso;
    private final ApplicationEventPublisher events;

    SsoAccounts(UserRepository users, SsoProperties sso, ApplicationEventPublisher events) {
        this.users = users;
        this.sso = sso;
        this.events = events;
    }

    /** The account to sign in, created or linked on a first sign-in, its administrator role as the groups say. */
    @Transactional
    TagbenchPrincipal signIn(SsoIdentity identity) {
        var stored =
                users.findBySsoIdentity(identity.issuer(), identity.subject()).orElseGet(() -> firstSignIn(identity));
        if (!stored.enabled()) {
            throw new SsoRefusal("account_disabled", "Your Tagbench account is disabled. Ask an administrator.");
        }
        var user = stored.user();
        if (sso.managesAdmins()) {
            var admin = identity.groups().stream().anyMatch(sso.adminGroups()::contains);
            if (admin != user.admin()) {
                users.updateAdmin(user.id(), admin);
                log.info(
                        "{} {} the administrator role: groups at {}",
                        user.username(),
                        admin ? "gets" : "loses",
                        sso.providerName());
                user = new AppUser(user.id(), user.username(), user.displayName(), admin);
            }
        }
        events.publishEvent(new SignedInWithSso(user, identity.groups()));
        return new TagbenchPrincipal(user, stored.passwordHash(), true, false);
    }

    private UserRepository.StoredUser firstSignIn(SsoIdentity identity) {
        var username = identity.username();
        if (username == null || !UserService.USERNAME.matcher(username).matches()) {
            throw new SsoRefusal(
                    "invalid_username",
                    sso.providerName() + " gave no username Tagbench can use (claim '" + sso.usernameClaim()
                            + "': 2 to 64 letters, digits, dots, dashes or underscores). Ask an administrator.");
        }
        var existing = users.lockByUsername(username);
        if (existing.isPresent()) {
            return link(existing.get(), identity);
        }
        var name = identity.displayName() == null ? "" : identity.displayName().strip();
        var displayName = name.isEmpty() || name.length() > 200 ? username : name;
        var created = users.insertSso(username, displayName, false, identity.issuer(), identity.subject());
        if (created.isPresent()) {
            log.info("Created account {} at its first sign-in with {}", username, sso.providerName());
            return new UserRepository.StoredUser(created.get(), true, null, true);
        }
        // Created at this moment by another request: the same person in a second tab, or the name was taken.
        return users.findBySsoIdentity(identity.issuer(), identity.subject())
                .orElseGet(() -> link(users.lockByUsername(username).orElseThrow(), identity));
    }

    private UserRepository.StoredUser link(UserRepository.StoredUser account, SsoIdentity identity) {
        var username = account.user().username();
        if (account.linked()) {
            throw new SsoRefusal(
                    "username_taken",
                    "The Tagbench account '" + username + "' belongs to someone else at " + sso.providerName()
                            + ". Ask an administrator.");
        }
        if (!sso.linkExistingAccounts()) {
            throw new SsoRefusal(
                    "account_not_linked",
                    "A Tagbench account named '" + username + "' already exists and is not linked to your sign-in with "
                            + sso.providerName() + ", so it was not opened for you. Ask an administrator.");
        }
        users.linkSsoIdentity(account.user().id(), identity.issuer(), identity.subject());
        log.info("Linked account {} to its identity at {}", username, sso.providerName());
        return new UserRepository.StoredUser(account.user(), account.enabled(), account.passwordHash(), true);
    }
}
