package dev.tagbench.base;

import org.apache.coyote.AbstractProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Holds Tomcat's connection limit to what the heap can carry. A connection whose request is in
 * flight costs about 140 KB of heap (Tomcat's buffers and the virtual thread's stack, measured with
 * SlowClientsBenchmark), and slow clients keep their requests in flight as long as they like: 4,000
 * of them exhausted a 512 MB heap, after which Tomcat's acceptor had died and the server answered
 * nobody even once they were gone. Past the limit, new connections wait in the operating system's
 * queue and are served as slow ones go. {@code server.tomcat.max-connections}, when set, wins.
 */
@Component
class ConnectionLimit implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ConnectionLimit.class);
    private static final long PER_CONNECTION = DataSize.ofKilobytes(160).toBytes();
    private static final long RESERVE = DataSize.ofMegabytes(256).toBytes();
    private static final int FEWEST = 200;
    private static final int MOST = 8192;

    private final Environment environment;

    ConnectionLimit(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (Binder.get(environment)
                .bind("server.tomcat.max-connections", Integer.class)
                .isBound()) {
            return;
        }
        var heap = Runtime.getRuntime().maxMemory();
        var limit = forHeap(heap);
        log.info("At most {} connections at once, for a heap of {} MB", limit, heap / (1024 * 1024));
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxConnections(limit);
            }
        });
    }

    /** The connections a heap of this size carries with every one of them in flight, within 200 to 8,192. */
    static int forHeap(long heapBytes) {
        return (int) Math.clamp((heapBytes - RESERVE) / PER_CONNECTION, FEWEST, MOST);
    }

    @Override
    public int getOrder() {
        // After Spring Boot's own customizer, which sets its default of 8,192.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
