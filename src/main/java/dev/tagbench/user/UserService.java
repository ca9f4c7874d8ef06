package dev.tagbench.user;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.ForbiddenException;
import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating, changing, disabling and looking up users. Passwords are only ever stored
 * hashed. Accounts are disabled rather than deleted, because their annotations and reviews stay.
 */
@Service
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final boolean localAccounts;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle, SsoProperties sso) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.localAccounts = sso.localAccounts();
    }

    /**
     * An administrator creates an account. Usernames are unique ignoring case, so 'Admin' cannot
     * stand beside 'admin' and pass for it.
     *
     * @throws UsernameTakenException when the username, in any case, belongs to an account already
     */
    @Transactional
    public AppUser create(AppUser actor, String username, String password, String displayName, boolean admin) {
        requireAdmin(actor);
        return createAccount(username, password, displayName, admin);
    }

    /** Creates an account with no one acting: the administrator's at first start. */
    @Transactional
    AppUser createAccount(String username, String password, String displayName, boolean admin) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username", "A username has 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        checkPassword(password);
        var taken = users.findByUsername(username);
        if (taken.isPresent()) {
            throw new UsernameTakenException(username, taken.get().user().username());
        }
        var name = displayName.isBlank() ? username : displayName.strip();
        try {
            return users.insert(username, passwordEncoder.encode(password), name, admin);
        } catch (DuplicateKeyException e) {
            // Created at the same moment by another request.
            throw new UsernameTakenException(username, username);
        }
    }

    /**
     * The account with this username, ignoring case. Any signed-in user may look one up: usernames
     * and names are shown to everyone who works with the account, and managers add people by name.
     */
    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(AppUser actor, String username) {
        return findAccount(username);
    }

    @Transactional(readOnly = true)
    Optional<AppUser> findAccount(String username) {
        return users.findByUsername(username).map(UserRepository.StoredUser::user);
    }

    /** Every account; administrators only. */
    @Transactional(readOnly = true)
    public List<UserAccount> all(AppUser actor) {
        requireAdmin(actor);
        return users.all();
    }

    /**
     * An administrator changes an account. Administrators cannot disable themselves or take away
     * their own administrator role, so there is always someone left who can manage accounts.
     */
    @Transactional
    public UserAccount update(AppUser actor, String username, AccountChanges changes) {
        requireAdmin(actor);
        // Every enabled administrator's row is locked first, in one order, so two administrators taking
        // each other's rights at once go one after the other, and the second is no longer one.
        if (!users.lockEnabledAdmins().contains(actor.id())) {
            throw new ForbiddenException("Only administrators manage accounts.");
        }
        var stored = users.lockByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        var user = stored.user();
        var displayName = changes.displayName() == null
                ? user.displayName()
                : changes.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new InvalidInputException("displayName", "A name has 1 to 200 characters.");
        }
        var admin = changes.admin() == null ? user.admin() : changes.admin();
        var enabled = changes.enabled() == null ? stored.enabled() : changes.enabled();
        if (user.id() == actor.id() && (!admin || !enabled)) {
            throw new ConflictException("You cannot disable your own account or give up your own administrator role;"
                    + " ask another administrator.");
        }
        users.update(user.id(), displayName, admin, enabled);
        return new UserAccount(user.id(), user.username(), displayName, admin, enabled, stored.linked());
    }

    /**
     * Sets a password: users change their own by giving the current one; administrators reset
     * anyone's without it.
     */
    @Transactional
    public void changePassword(AppUser actor, String username, @Nullable String currentPassword, String newPassword) {
        var self = actor.username().equalsIgnoreCase(username);
        if (!self && (!actor.admin() || !users.lockEnabledAdmins().contains(actor.id()))) {
            throw new ForbiddenException("Only administrators manage accounts.");
        }
        var stored = users.lockByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
        if (self && stored.passwordHash() == null) {
            throw new InvalidInputException(
                    "currentPassword", "Your account signs in through single sign-on; it has no password to change.");
        }
        if (self) {
            // Guessing the current password here counts like guessing it at sign-in.
            if (throttle.isLocked(username)) {
                throw new InvalidInputException("currentPassword", "Too many wrong passwords: try again later.");
            }
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, stored.passwordHash())) {
                throttle.recordFailure(username);
                throw new InvalidInputException("currentPassword", "The current password is not right.");
            }
        }
        checkPassword(newPassword);
        users.updatePassword(stored.user().id(), passwordEncoder.encode(newPassword));
    }

    private static void requireAdmin(AppUser actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators manage accounts.");
        }
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    /**
     * Whether the actor signs in with a Tagbench password, so has one to change: not while local
     * accounts are switched off, nor for an account created at a sign-in through the identity provider.
     */
    @Transactional(readOnly = true)
    public boolean signsInWithPassword(AppUser actor) {
        return localAccounts
                && users.findByUsername(actor.username())
                        .filter(stored -> stored.user().id() == actor.id() && stored.passwordHash() != null)
                        .isPresent();
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return users.exists(username);
    }
}
