package dev.tagbench.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client's connections, guarded twice: its DNS resolver is the policy's (every address of
 * the host checked, the call refused if one is refused), and every socket checks the address it
 * is about to connect to, whichever way the client came by it. TLS still verifies the certificate
 * against the host name, as SNI names it; the address only decides where the socket goes.
 */
final class GuardedConnections {

    private GuardedConnections() {}

    static PoolingHttpClientConnectionManager manager(
            OutboundPolicy policy, Duration connectTimeout, int maxConnections) {
        var resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                var addresses = policy.resolve(host);
                // Keep the host name on each address, so the socket's own check knows the allow-listed name.
                var named = new InetAddress[addresses.length];
                for (var i = 0; i < addresses.length; i++) {
                    named[i] = InetAddress.getByAddress(host, addresses[i].getAddress());
                }
                return named;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        DetachedSocketFactory sockets = proxy -> {
            if (proxy != null && proxy.type() != Proxy.Type.DIRECT) {
                throw new IOException("Outbound calls go directly, never through a proxy.");
            }
            return new GuardedSocket(policy);
        };
        var tls = RegistryBuilder.<TlsSocketStrategy>create()
                .register(URIScheme.HTTPS.id, DefaultClientTlsStrategy.createDefault())
                .build();
        var manager = new PoolingHttpClientConnectionManager(
                new DefaultHttpClientConnectionOperator(sockets, DefaultSchemePortResolver.INSTANCE, resolver, tls),
                PoolConcurrencyPolicy.STRICT,
                PoolReusePolicy.LIFO,
                TimeValue.ofMinutes(1),
                null);
        manager.setMaxTotal(maxConnections);
        manager.setDefaultMaxPerRoute(maxConnections);
        manager.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setTimeToLive(TimeValue.ofMinutes(1))
                .build());
        return manager;
    }

    /** A socket that refuses to connect to an address the policy refuses for the host it was resolved from. */
    private static final class GuardedSocket extends Socket {

        private final OutboundPolicy policy;

        GuardedSocket(OutboundPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target) || target.getAddress() == null) {
                throw new IOException("Outbound calls connect to resolved addresses only.");
            }
            if (!policy.allows(target.getHostString(), target.getAddress())) {
                throw new RefusedAddressException(
                        "The address " + target.getAddress().getHostAddress() + " may not be called.");
            }
            super.connect(endpoint, timeout);
        }
    }
}
