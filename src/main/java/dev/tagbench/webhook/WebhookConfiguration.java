package dev.tagbench.webhook;

import dev.tagbench.job.NodeId;
import dev.tagbench.job.SchedulerLifecycle;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery queue and its life: polling from start-up, paused when the context stops. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean(destroyMethod = "close")
    DeliveryQueue deliveryQueue(
            DataSource dataSource,
            Deliverer deliverer,
            NodeId node,
            @Value("${tagbench.webhooks.threads:4}") int threads,
            @Value("${tagbench.webhooks.polling-interval:PT5S}") Duration polling,
            @Value("${tagbench.webhooks.heartbeat-interval:PT30S}") Duration heartbeat) {
        return new DeliveryQueue(dataSource, deliverer, node, threads, polling, heartbeat);
    }

    @Bean
    SmartLifecycle deliveryQueueLifecycle(DeliveryQueue queue) {
        return new SchedulerLifecycle(queue.scheduler());
    }
}
