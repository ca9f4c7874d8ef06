package dev.tagbench.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String STORED_USER =
            "select id, username, display_name, admin, enabled, password_hash, sso_subject is not null from app_user";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account whose username equals this one ignoring case (usernames are unique that way). */
    Optional<StoredUser> findByUsername(String username) {
        return storedUser(username, "");
    }

    List<UserAccount> all() {
        return jdbc.sql("""
                        select id, username, display_name, admin, enabled, sso_subject is not null
                        from app_user order by username""")
                .query((rs, row) -> new UserAccount(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .list();
    }

    /** Locks the row, so two administrators changing one account apply one after the other. */
    Optional<StoredUser> lockByUsername(String username) {
        return storedUser(username, " for update");
    }

    private Optional<StoredUser> storedUser(String username, String lock) {
        return jdbc.sql(STORED_USER + " where lower(username) = lower(:username)" + lock)
                .param("username", username)
                .query(UserRepository::storedUser)
                .optional();
    }

    /** The account linked to this identity at the provider. */
    Optional<StoredUser> findBySsoIdentity(String issuer, String subject) {
        return jdbc.sql(STORED_USER + " where sso_issuer = :issuer and sso_subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(UserRepository::storedUser)
                .optional();
    }

    private static StoredUser storedUser(ResultSet rs, int row) throws SQLException {
        return new StoredUser(
                new AppUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getBoolean("admin")),
                rs.getBoolean("enabled"),
                rs.getString("password_hash"),
                rs.getBoolean(7));
    }

    void linkSsoIdentity(long id, String issuer, String subject) {
        jdbc.sql(
                        "update app_user set sso_issuer = :issuer, sso_subject = :subject, version = version + 1 where id = :id")
                .param("issuer", issuer)
                .param("subject", subject)
                .param("id", id)
                .update();
    }

    void updateAdmin(long id, boolean admin) {
        jdbc.sql("update app_user set admin = :admin, version = version + 1 where id = :id")
                .param("admin", admin)
                .param("id", id)
                .update();
    }

    /**
     * An account for a provider identity, without a password; nothing when the username (in any case)
     * or the identity has an account already, perhaps created at this moment by another request.
     */
    Optional<AppUser> insertSso(String username, String displayName, boolean admin, String issuer, String subject) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, admin, sso_issuer, sso_subject)
                        values (:username, :displayName, :admin, :issuer, :subject)
                        on conflict do nothing returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("admin", admin)
                .param("issuer", issuer)
                .param("subject", subject)
                .query(Long.class)
                .optional()
                .map(id -> new AppUser(id, username, displayName, admin));
    }

    void update(long id, String displayName, boolean admin, boolean enabled) {
        jdbc.sql("""
                        update app_user set display_name = :displayName, admin = :admin, enabled = :enabled,
                            version = version + 1
                        where id = :id""")
                .param("displayName", displayName)
                .param("admin", admin)
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    List<Long> lockEnabledAdmins() {
        return jdbc.sql("select id from app_user where admin and enabled order by id for update")
                .query(Long.class)
                .list();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    AppUser insert(String username, String passwordHash, String displayName, boolean admin) {
        var id = jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, admin)
                        values (:username, :hash, :displayName, :admin) returning id""")
                .param("username", username)
                .param("hash", passwordHash)
                .param("displayName", displayName)
                .param("admin", admin)
                .query(Long.class)
                .single();
        return new AppUser(id, username, displayName, admin);
    }

    /**
     * A user row with what only authentication needs.
     *
     * @param passwordHash none for an account that signs in only through the identity provider
     * @param linked       whether an identity at the provider is linked to the account
     */
    record StoredUser(
            AppUser user, boolean enabled, @Nullable String passwordHash, boolean linked) {}
}
