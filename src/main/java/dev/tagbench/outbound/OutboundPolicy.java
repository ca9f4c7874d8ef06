package dev.tagbench.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which URLs one kind of outbound call may reach: http and https only, no credentials in the URL,
 * and a host whose every address (as the JDK resolver answers) is public, unless the host is listed
 * in the allow-list property named here. The same check runs when a URL is registered and again
 * inside the HTTP client each time it connects ({@link OutboundHttp}), so a name that resolves to
 * a public address at registration and to an internal one later (DNS rebinding) is still refused.
 *
 * <p>Allow-listed hosts are compared as written in the URL, ignoring case: listing
 * {@code localhost} allows {@code localhost}, not {@code localhost.} or {@code 127.0.0.1}.
 */
public final class OutboundPolicy {

    /** Hosts made of numbers only, in any base: some parsers read {@code 0177.1} or {@code 0x7f.1} as 127.0.0.1. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");

    private static final Pattern PLAIN_IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private static final int MAX_LENGTH = 2000;

    private final String allowListProperty;
    private final Set<String> allowedHosts;

    /**
     * @param allowListProperty the property operators set to allow hosts, named in refusals
     * @param allowedHosts      hosts that may resolve to any address (as written in URLs)
     */
    public OutboundPolicy(String allowListProperty, Collection<String> allowedHosts) {
        this.allowListProperty = allowListProperty;
        this.allowedHosts = allowedHosts.stream()
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .map(OutboundPolicy::normalized)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A policy from a comma-separated list, as the allow-list properties hold it. */
    public static OutboundPolicy of(String allowListProperty, String commaSeparatedHosts) {
        return new OutboundPolicy(allowListProperty, List.of(commaSeparatedHosts.split(",")));
    }

    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    /**
     * Checks a URL as given by a person or a setting, resolving its host now.
     *
     * @return the URL, parsed
     * @throws RefusedUrlException with the reason when Tagbench will not call it
     */
    public URI check(String url) {
        var uri = syntax(url);
        try {
            resolve(uri.getHost());
        } catch (RefusedAddressException e) {
            throw new RefusedUrlException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("The host " + uri.getHost() + " cannot be resolved.");
        }
        return uri;
    }

    /** Checks what can be checked without resolving: scheme, host, no credentials, length. */
    public URI syntax(String url) {
        var text = url.strip();
        if (text.length() > MAX_LENGTH) {
            throw new RefusedUrlException("The URL is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("'" + text + "' is not a valid URL: " + e.getReason() + ".");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("Only http and https URLs can be called, not '" + text + "'.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RefusedUrlException("The URL '" + text + "' names no valid host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("The URL must not carry a user name or password.");
        }
        return uri;
    }

    /**
     * The host's addresses through the JDK resolver, every one of them checked; what the HTTP client
     * connects to. An allow-listed host may resolve to anything.
     *
     * @throws RefusedAddressException when the host is written ambiguously or an address is refused
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        var name = normalized(host);
        if (NUMERIC_HOST.matcher(name).matches() && !PLAIN_IPV4.matcher(name).matches()) {
            throw new RefusedAddressException("The host " + host + " is a number that programs read differently;"
                    + " write an IPv4 address as four decimal numbers, such as 192.0.2.10.");
        }
        var allowed = allowedHosts.contains(name);
        var bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (!allowed && (bare.equals("localhost") || bare.endsWith(".localhost"))) {
            throw refused(host, "is a name of this machine (loopback)");
        }
        var addresses = InetAddress.getAllByName(name);
        if (!allowed) {
            for (var address : addresses) {
                var reason = AddressRanges.refusal(address);
                if (reason.isPresent()) {
                    var literal = name.equals(address.getHostAddress()) || host.startsWith("[");
                    throw refused(
                            host,
                            literal
                                    ? "is " + reason.get()
                                    : "resolves to " + address.getHostAddress() + ", " + reason.get());
                }
            }
        }
        return addresses;
    }

    /** Whether connecting to the address is allowed for the host (as written) it was resolved from. */
    boolean allows(String host, InetAddress address) {
        return allowedHosts.contains(normalized(host))
                || AddressRanges.refusal(address).isEmpty();
    }

    private RefusedAddressException refused(String host, String why) {
        return new RefusedAddressException("The host " + host + " " + why + ". Tagbench calls no loopback, private,"
                + " link-local, shared, multicast or metadata address unless the host is listed in "
                + allowListProperty + ".");
    }

    /** Lower case, IPv6 without brackets. */
    private static String normalized(String host) {
        var name = host.toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
