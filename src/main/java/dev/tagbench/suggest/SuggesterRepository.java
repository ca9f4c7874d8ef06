package dev.tagbench.suggest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's suggestion settings, its suggesters' rows and their trainings. */
@Repository
class SuggesterRepository {

    /** What is stored about a suggester in a project; absent rows mean the defaults. */
    record SuggesterRow(
            String suggesterId,
            boolean enabled,
            String settings,
            int settingsVersion,
            @Nullable Instant wantedAt,
            @Nullable String problem) {}

    record StoredSettings(double threshold, @Nullable Boolean curatorsSee, boolean activeLearning) {}

    record TrainingRow(
            long id,
            String status,
            String modelVersion,
            Instant startedAt,
            @Nullable Instant finishedAt,
            int trainedOn,
            @Nullable String quality,
            @Nullable String message) {}

    /** A suggester of a project that should learn again. */
    record Wanted(long projectId, String suggesterId) {}

    private final JdbcClient jdbc;

    SuggesterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSettings> settings(long projectId) {
        return jdbc.sql(
                        "select threshold, curators_see, active_learning from suggestion_settings where project_id = :p")
                .param("p", projectId)
                .query((rs, row) -> new StoredSettings(rs.getDouble(1), (Boolean) rs.getObject(2), rs.getBoolean(3)))
                .optional();
    }

    void saveSettings(
            long projectId, double threshold, @Nullable Boolean curatorsSee, boolean activeLearning, long by) {
        jdbc.sql("""
                        insert into suggestion_settings (project_id, threshold, curators_see, active_learning, updated_by)
                        values (:p, :threshold, :see, :active, :by)
                        on conflict (project_id) do update set threshold = excluded.threshold,
                            curators_see = excluded.curators_see, active_learning = excluded.active_learning,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .param("p", projectId)
                .param("threshold", threshold)
                .param("see", curatorsSee)
                .param("active", activeLearning)
                .param("by", by)
                .update();
    }

    Map<String, SuggesterRow> suggesters(long projectId) {
        var rows = new LinkedHashMap<String, SuggesterRow>();
        jdbc.sql("""
                        select suggester_id, enabled, settings::text, settings_version, training_wanted_at, problem
                        from project_suggester where project_id = :p""").param("p", projectId).query(rs -> {
            rows.put(
                    rs.getString(1),
                    new SuggesterRow(
                            rs.getString(1),
                            rs.getBoolean(2),
                            rs.getString(3),
                            rs.getInt(4),
                            instant(rs.getTimestamp(5)),
                            rs.getString(6)));
        });
        return rows;
    }

    void saveSuggester(long projectId, String suggesterId, boolean enabled, @Nullable String settings) {
        jdbc.sql("""
                        insert into project_suggester (project_id, suggester_id, enabled, settings)
                        values (:p, :s, :enabled, coalesce(cast(:settings as jsonb), '{}'))
                        on conflict (project_id, suggester_id) do update set enabled = excluded.enabled,
                            settings = coalesce(cast(:settings as jsonb), project_suggester.settings),
                            settings_version = project_suggester.settings_version
                                + case when cast(:settings as text) is null then 0 else 1 end,
                            problem = null, problem_at = null""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("enabled", enabled)
                .param("settings", settings)
                .update();
    }

    /** Notes that the suggester should learn again (after an approval or on request). */
    void wantTraining(long projectId, String suggesterId, boolean enabledByDefault) {
        jdbc.sql("""
                        insert into project_suggester (project_id, suggester_id, enabled, training_wanted_at)
                        values (:p, :s, :enabled, now())
                        on conflict (project_id, suggester_id) do update set training_wanted_at = now()""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("enabled", enabledByDefault)
                .update();
    }

    /** Records (or, with null, clears) why the suggester gave no suggestions last time. */
    void problem(long projectId, String suggesterId, boolean enabledByDefault, @Nullable String problem) {
        jdbc.sql("""
                        insert into project_suggester (project_id, suggester_id, enabled, problem, problem_at)
                        values (:p, :s, :enabled, :problem, case when cast(:problem as text) is null then null else now() end)
                        on conflict (project_id, suggester_id) do update set problem = excluded.problem,
                            problem_at = excluded.problem_at""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("enabled", enabledByDefault)
                .param("problem", problem == null ? null : problem.substring(0, Math.min(500, problem.length())))
                .update();
    }

    Optional<TrainingRow> latestTraining(long projectId, String suggesterId) {
        return jdbc.sql("""
                        select id, status, model_version, started_at, finished_at, coalesce(trained_on, 0),
                               quality::text, message
                        from suggester_training where project_id = :p and suggester_id = :s
                        order by id desc limit 1""")
                .param("p", projectId)
                .param("s", suggesterId)
                .query(SuggesterRepository::training)
                .optional();
    }

    /** The latest training that produced a model, without the model's bytes. */
    Optional<TrainingRow> latestModel(long projectId, String suggesterId) {
        return jdbc.sql("""
                        select id, status, model_version, started_at, finished_at, coalesce(trained_on, 0),
                               quality::text, message
                        from suggester_training
                        where project_id = :p and suggester_id = :s and status = 'READY' and model is not null
                        order by id desc limit 1""")
                .param("p", projectId)
                .param("s", suggesterId)
                .query(SuggesterRepository::training)
                .optional();
    }

    Optional<byte[]> modelBytes(long trainingId) {
        return jdbc.sql("select model from suggester_training where id = :id and model is not null")
                .param("id", trainingId)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /** Records a new training; one left unfinished by a node that stopped is marked as interrupted. */
    long startTraining(long projectId, String suggesterId, String modelVersion, String node) {
        jdbc.sql("""
                        update suggester_training set status = 'FAILED', finished_at = clock_timestamp(),
                            message = 'Interrupted: the node training it stopped; trained again.'
                        where project_id = :p and suggester_id = :s and status = 'TRAINING'""").param("p", projectId).param("s", suggesterId).update();
        return jdbc.sql("""
                        insert into suggester_training (project_id, suggester_id, status, model_version, node)
                        values (:p, :s, 'TRAINING', :version, :node) returning id""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("version", modelVersion)
                .param("node", node)
                .query(Long.class)
                .single();
    }

    void finishTraining(
            long id,
            String status,
            int trainedOn,
            @Nullable String quality,
            @Nullable String message,
            byte @Nullable [] model) {
        jdbc.sql("""
                        update suggester_training set status = :status, finished_at = clock_timestamp(),
                            trained_on = :trainedOn, quality = cast(:quality as jsonb), message = :message, model = :model
                        where id = :id""")
                .param("status", status)
                .param("trainedOn", trainedOn)
                .param("quality", quality)
                .param("message", message == null ? null : message.substring(0, Math.min(2000, message.length())))
                .param("model", model)
                .param("id", id)
                .update();
    }

    /** Keeps the bytes of one model per suggester and project: older trainings keep only their figures. */
    void dropOlderModels(long projectId, String suggesterId, long keep) {
        jdbc.sql("""
                        update suggester_training set model = null
                        where project_id = :p and suggester_id = :s and id <> :keep and model is not null""")
                .param("p", projectId)
                .param("s", suggesterId)
                .param("keep", keep)
                .update();
    }

    /** Whether a training of the same suggester was asked for after this training started. */
    boolean wantedAfter(long trainingId) {
        return jdbc.sql("""
                        select exists (select 1 from suggester_training t
                            join project_suggester ps on ps.project_id = t.project_id and ps.suggester_id = t.suggester_id
                            where t.id = :id and ps.training_wanted_at > t.started_at)""").param("id", trainingId).query(Boolean.class).single();
    }

    /** Trainings asked for and not started since: what a crash between approval and scheduling left behind. */
    List<Wanted> wantedAndNotStarted() {
        return jdbc.sql("""
                        select ps.project_id, ps.suggester_id from project_suggester ps
                        where ps.enabled and ps.training_wanted_at is not null
                          and ps.training_wanted_at > coalesce((select max(t.started_at) from suggester_training t
                              where t.project_id = ps.project_id and t.suggester_id = ps.suggester_id), '-infinity')""")
                .query((rs, row) -> new Wanted(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private static TrainingRow training(ResultSet rs, int row) throws SQLException {
        return new TrainingRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                instant(rs.getTimestamp(5)),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
