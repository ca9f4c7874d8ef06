package dev.tagbench.user;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address the sign-in throttle counts by: the request's remote address, which Tomcat
 * takes from {@code X-Forwarded-For} when a trusted proxy sent the request
 * ({@code server.forward-headers-strategy=native}, see docs/operations.md). An IPv6 client counts by
 * its /64 network, because one host usually holds a whole /64 and could otherwise change address
 * with every guess.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    // Only literals are parsed, so a forwarded value that is a host name never causes a DNS lookup.
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+(%[\\w.]+)?");

    private ClientAddress() {}

    /** The client of the request this thread is serving (Spring's request context is set for every request). */
    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest().getRemoteAddr());
        }
        return UNKNOWN;
    }

    static String of(@Nullable String remoteAddress) {
        var address = remoteAddress == null ? "" : remoteAddress.strip();
        if (address.isEmpty()) {
            return UNKNOWN;
        }
        if (IPV4.matcher(address).matches()) {
            return address;
        }
        if (address.contains(":") && IPV6.matcher(address).matches()) {
            try {
                var bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress();
                }
                return String.format(
                        Locale.ROOT,
                        "%x:%x:%x:%x::/64",
                        group(bytes, 0),
                        group(bytes, 2),
                        group(bytes, 4),
                        group(bytes, 6));
            } catch (UnknownHostException e) {
                // Not a valid literal after all: counted by its text, like any other odd value.
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static int group(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }
}
