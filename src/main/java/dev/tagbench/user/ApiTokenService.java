package dev.tagbench.user;

import dev.tagbench.base.InvalidInputException;
import dev.tagbench.base.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for automation. A token is 32 random bytes, shown once; only its SHA-256 is
 * stored (a fast hash is right here: unlike passwords, tokens carry full entropy), so a stolen
 * database yields no usable token.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "tbk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;

    ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Creates a token for the actor; the returned value is the only time the token is visible. */
    @Transactional
    public NewToken create(AppUser actor, String name) {
        var label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException("name", "Give the token a name of 1 to 100 characters.");
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = tokens.insert(actor.id(), label, hash(token), token.substring(0, 10));
        return new NewToken(id, label, token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(AppUser actor) {
        return tokens.forUser(actor.id());
    }

    @Transactional
    public void revoke(AppUser actor, long tokenId) {
        if (!tokens.revoke(actor.id(), tokenId)) {
            throw new NotFoundException("You have no active token " + tokenId + ".");
        }
    }

    /**
     * The user a presented token belongs to, if it is valid, not revoked and the user is enabled;
     * checked in the database on every request, so a revocation takes effect at once on every node.
     * The token's "last used" time is kept to the minute: writing it on every request would cost
     * every API call a durable commit.
     */
    @Transactional
    Optional<AppUser> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var owner = tokens.owner(hash(token));
        owner.filter(ApiTokenRepository.TokenOwner::lastUseStale).ifPresent(o -> tokens.markUsed(o.tokenId()));
        return owner.map(ApiTokenRepository.TokenOwner::user);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A freshly created token, with its secret. */
    public record NewToken(long id, String name, String token) {}
}
