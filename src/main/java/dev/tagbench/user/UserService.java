package dev.tagbench.user;

import dev.tagbench.base.ConflictException;
import dev.tagbench.base.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating users and looking them up. Passwords are only ever stored hashed. */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AppUser create(String username, String password, String displayName, boolean admin) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "A username has 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        var name = displayName.isBlank() ? username : displayName.strip();
        try {
            return users.insert(username, passwordEncoder.encode(password), name, admin);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The username '" + username + "' is taken.");
        }
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username).map(UserRepository.StoredUser::user);
    }

    @Transactional(readOnly = true)
    public java.util.List<AppUser> all() {
        return users.all();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }
}
