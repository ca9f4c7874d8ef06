package dev.tagbench.job;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job also carries {@code @SchedulerLock}: before it runs, the node takes
 * the job's row in the {@code shedlock} table, and a node that finds it taken skips the run. Lock
 * times come from the database clock, so nodes with skewed clocks still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    NodeId nodeId(@Value("${tagbench.node-id:}") String configured) {
        return NodeId.of(configured);
    }

    @Bean
    LockProvider lockProvider(JdbcTemplate jdbc, NodeId node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .usingDbTime()
                .withLockedByValue(node.value())
                .build());
    }
}
