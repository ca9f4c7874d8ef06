package dev.tagbench.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String prefix) {
        return jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, prefix) values (:user, :name, :hash, :prefix)
                        returning id""")
                .param("user", userId)
                .param("name", name)
                .param("hash", hash)
                .param("prefix", prefix)
                .query(Long.class)
                .single();
    }

    List<ApiToken> forUser(long userId) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                        where user_id = :user order by id desc""")
                .param("user", userId)
                .query(ApiTokenRepository::token)
                .list();
    }

    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("""
                        update api_token set revoked_at = now()
                        where id = :id and user_id = :user and revoked_at is null""").param("id", tokenId).param("user", userId).update() > 0;
    }

    /**
     * The enabled owner of an unrevoked token with this hash, and whether the token's "last used"
     * time is more than a minute old.
     */
    Optional<TokenOwner> owner(String hash) {
        return jdbc.sql("""
                        select t.id, u.id as user_id, u.username, u.display_name, u.admin,
                               t.last_used_at is null or t.last_used_at < now() - interval '1 minute' as stale
                        from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :hash and t.revoked_at is null and u.enabled""")
                .param("hash", hash)
                .query((rs, row) -> new TokenOwner(
                        rs.getLong("id"),
                        new AppUser(
                                rs.getLong("user_id"),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                rs.getBoolean("admin")),
                        rs.getBoolean("stale")))
                .optional();
    }

    void markUsed(long tokenId) {
        jdbc.sql("update api_token set last_used_at = now() where id = :id")
                .param("id", tokenId)
                .update();
    }

    record TokenOwner(long tokenId, AppUser user, boolean lastUseStale) {}

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
