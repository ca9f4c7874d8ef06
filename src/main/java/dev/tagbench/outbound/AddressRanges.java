package dev.tagbench.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;

/**
 * The address ranges no outbound call may reach unless its host is allow-listed: everything that is
 * not the public internet, where a request could reach Tagbench itself, its database, the machine's
 * neighbours or a cloud provider's metadata service. IPv6 addresses that carry an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
final class AddressRanges {

    private record Range(InetAddressMatcher matcher, String reason) {}

    private static final List<Range> REFUSED = List.of(
            range("0.0.0.0/8", "an unspecified address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.169.254/32", "a cloud metadata address"),
            range("169.254.0.0/16", "a link-local address"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "a reserved address"),
            range("192.0.2.0/24", "a documentation address"),
            range("192.88.99.0/24", "a reserved address"),
            range("192.168.0.0/16", "a private address"),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved address"),
            range("::/128", "an unspecified address"),
            range("::1/128", "a loopback address"),
            range("fd00:ec2::254/128", "a cloud metadata address"),
            range("fc00::/7", "a private (unique local) address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("ff00::/8", "a multicast address"),
            range("100::/64", "a discard address"),
            range("2001:db8::/32", "a documentation address"));

    private static final InetAddressMatcher IPV4_COMPATIBLE = InetAddressMatchers.fromIpAddress("::/96");
    private static final InetAddressMatcher NAT64 = InetAddressMatchers.fromIpAddress("64:ff9b::/96");
    private static final InetAddressMatcher NAT64_LOCAL = InetAddressMatchers.fromIpAddress("64:ff9b:1::/48");
    private static final InetAddressMatcher SIX_TO_FOUR = InetAddressMatchers.fromIpAddress("2002::/16");

    private AddressRanges() {}

    /** Why the address is refused, or empty for a public address. */
    static Optional<String> refusal(InetAddress address) {
        for (var range : REFUSED) {
            if (range.matcher().matches(address)) {
                return Optional.of(range.reason());
            }
        }
        if (address instanceof Inet6Address) {
            var bytes = address.getAddress();
            if (IPV4_COMPATIBLE.matches(address) || mapped(bytes) || NAT64.matches(address)) {
                return carried(Arrays.copyOfRange(bytes, 12, 16));
            }
            if (NAT64_LOCAL.matches(address)) {
                return Optional.of("a private (local NAT64) address");
            }
            if (SIX_TO_FOUR.matches(address)) {
                return carried(Arrays.copyOfRange(bytes, 2, 6));
            }
        }
        return Optional.empty();
    }

    /** ::ffff:a.b.c.d; the JDK reads such addresses as IPv4, but an Inet6Address can still hold one. */
    private static boolean mapped(byte[] bytes) {
        for (var i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static Optional<String> carried(byte[] ipv4) {
        try {
            return refusal(Inet4Address.getByAddress(ipv4)).map(reason -> reason + " (inside an IPv6 address)");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Range range(String cidr, String reason) {
        return new Range(InetAddressMatchers.fromIpAddress(cidr), reason);
    }
}
