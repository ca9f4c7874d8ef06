package dev.tagbench.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

    private static final String PROJECT_COLUMNS =
            "p.id, p.name, p.annotators_per_article, p.segmenter_id, p.schema_version, p.blind, p.guidelines,"
                    + " p.archived_at is not null as archived, p.language";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Project> findAll() {
        return jdbc
                .sql("select " + PROJECT_COLUMNS + " from project p order by p.name")
                .query(this::project)
                .list()
                .stream()
                .map(this::withLabels)
                .toList();
    }

    /** The user's projects; an archived one only where they manage it. */
    List<Project> findByMember(long userId) {
        return jdbc.sql("select " + PROJECT_COLUMNS + """
                         from project p where exists
                        (select 1 from project_member m where m.project_id = p.id and m.user_id = :user
                         and (p.archived_at is null or m.role = 'MANAGER'))
                        order by p.name""").param("user", userId).query(this::project).list().stream()
                .map(this::withLabels)
                .toList();
    }

    Optional<Project> findById(long id) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from project p where p.id = :id")
                .param("id", id)
                .query(this::project)
                .optional()
                .map(this::withLabels);
    }

    /** A project with its labels and the roles a user holds in it, in one round trip (every label write asks). */
    Optional<ProjectWithRoles> findWithRoles(long id, long userId) {
        var rows = jdbc.sql("select " + PROJECT_COLUMNS + """
                        , array(select m.role from project_member m where m.project_id = p.id and m.user_id = :user)
                            as roles, l.key, l.name as label_name, l.color, l.hotkey, l.description
                        from project p left join label l on l.project_id = p.id
                        where p.id = :id order by l.position""")
                .param("id", id)
                .param("user", userId)
                .query((rs, row) -> new LabelRow(
                        project(rs, row),
                        rolesOf(rs),
                        rs.getString("key") == null
                                ? null
                                : new Label(
                                        rs.getString("key"),
                                        rs.getString("label_name"),
                                        rs.getString("color"),
                                        rs.getString("hotkey"),
                                        rs.getString("description"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var labels = rows.stream().map(LabelRow::label).filter(Objects::nonNull).toList();
        return Optional.of(new ProjectWithRoles(
                rows.getFirst().project().withLabels(labels), rows.getFirst().roles()));
    }

    record ProjectWithRoles(Project project, Set<ProjectRole> roles) {}

    private record LabelRow(
            Project project,
            Set<ProjectRole> roles,
            @Nullable Label label) {}

    private static Set<ProjectRole> rolesOf(ResultSet rs) throws SQLException {
        var roles = EnumSet.noneOf(ProjectRole.class);
        for (var role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(ProjectRole.valueOf(role));
        }
        return roles;
    }

    Optional<Project> findByName(String name) {
        return jdbc.sql("select " + PROJECT_COLUMNS + " from project p where p.name = :name")
                .param("name", name)
                .query(this::project)
                .optional()
                .map(this::withLabels);
    }

    long insert(String name, int annotatorsPerArticle, String segmenterId, boolean blind) {
        return jdbc.sql("""
                        insert into project (name, annotators_per_article, segmenter_id, blind)
                        values (:name, :perArticle, :segmenter, :blind) returning id""")
                .param("name", name)
                .param("perArticle", annotatorsPerArticle)
                .param("segmenter", segmenterId)
                .param("blind", blind)
                .query(Long.class)
                .single();
    }

    void updateSettings(long projectId, int annotatorsPerArticle, boolean blind) {
        jdbc.sql("""
                        update project set annotators_per_article = :perArticle, blind = :blind, version = version + 1
                        where id = :id""")
                .param("perArticle", annotatorsPerArticle)
                .param("blind", blind)
                .param("id", projectId)
                .update();
    }

    /** Renames the project and sets its segmenter; the unique name is the database's to check. */
    void updateSetup(long projectId, String name, String segmenterId) {
        jdbc.sql("update project set name = :name, segmenter_id = :segmenter, version = version + 1 where id = :id")
                .param("name", name)
                .param("segmenter", segmenterId)
                .param("id", projectId)
                .update();
    }

    void updateLanguage(long projectId, String language) {
        jdbc.sql("update project set language = :language, version = version + 1 where id = :id")
                .param("language", language)
                .param("id", projectId)
                .update();
    }

    void setArchived(long projectId, boolean archived) {
        jdbc.sql("""
                        update project set archived_at = case when :archived then coalesce(archived_at, now()) end,
                            version = version + 1
                        where id = :id""").param("archived", archived).param("id", projectId).update();
    }

    List<Member> members(long projectId) {
        var members = new LinkedHashMap<String, Member>();
        jdbc.sql("""
                        select u.username, u.display_name, m.role from project_member m join app_user u on u.id = m.user_id
                        where m.project_id = :project order by u.username, m.role""")
                .param("project", projectId)
                .query((rs, row) -> members.computeIfAbsent(
                                rs.getString(1),
                                name -> new Member(name, safe(rs, 2), EnumSet.noneOf(ProjectRole.class)))
                        .roles()
                        .add(ProjectRole.valueOf(rs.getString(3))))
                .list();
        return List.copyOf(members.values());
    }

    private static String safe(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Set<ProjectRole> roles(long projectId, long userId) {
        var roles = EnumSet.noneOf(ProjectRole.class);
        jdbc.sql("select role from project_member where project_id = :project and user_id = :user")
                .param("project", projectId)
                .param("user", userId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(ProjectRole.valueOf(role)));
        return roles;
    }

    /** Sets exactly these roles; safe when two requests for the same member run at once. */
    void replaceRoles(long projectId, long userId, Set<ProjectRole> roles) {
        var names = roles.stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("delete from project_member where project_id = :project and user_id = :user and role <> all(:roles)")
                .param("project", projectId)
                .param("user", userId)
                .param("roles", names)
                .update();
        for (var role : names) {
            jdbc.sql("""
                            insert into project_member (project_id, user_id, role) values (:project, :user, :role)
                            on conflict do nothing""")
                    .param("project", projectId)
                    .param("user", userId)
                    .param("role", role)
                    .update();
        }
    }

    private Project withLabels(Project project) {
        return project.withLabels(labels(project.id()));
    }

    List<Label> labels(long projectId) {
        return jdbc.sql("""
                        select key, name, color, hotkey, description from label
                        where project_id = :project order by position""")
                .param("project", projectId)
                .query((rs, row) -> new Label(
                        rs.getString("key"),
                        rs.getString("name"),
                        rs.getString("color"),
                        rs.getString("hotkey"),
                        rs.getString("description")))
                .list();
    }

    private Project project(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getInt("annotators_per_article"),
                rs.getString("segmenter_id"),
                rs.getInt("schema_version"),
                rs.getBoolean("blind"),
                rs.getString("guidelines"),
                rs.getBoolean("archived"),
                List.of(),
                rs.getString("language"));
    }
}
