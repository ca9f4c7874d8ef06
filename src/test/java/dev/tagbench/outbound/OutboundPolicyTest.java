package dev.tagbench.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {

    private static final String PROPERTY = "tagbench.webhooks.allowed-hosts";

    private final OutboundPolicy nothingAllowed = new OutboundPolicy(PROPERTY, List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.0.0.2:8080/hook",
                "http://2130706433/hook",
                "http://0x7f000001/hook",
                "http://0x7f.0.0.1/hook",
                "http://0177.0.0.1/hook",
                "http://017700000001/hook",
                "http://127.1/hook",
                "http://127.000.000.001/hook",
                "http://[::1]/hook",
                "http://[0:0:0:0:0:0:0:1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::ffff:7f00:1]/hook",
                "http://[::127.0.0.1]/hook",
                "http://localhost/hook",
                "http://LOCALHOST:9000/hook",
                "http://localhost./hook",
                "http://api.localhost/hook",
                "https://0.0.0.0/hook",
                "http://[::]/hook"
            })
    void every_spelling_of_this_machine_is_refused(String url) {
        assertThatThrownBy(() -> nothingAllowed.check(url))
                .isInstanceOf(RefusedUrlException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("cannot be resolved"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://169.254.10.10/",
                "http://100.64.0.1/",
                "http://100.100.100.200/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[fd00:ec2::254]/",
                "http://[fc00::1]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/"
            })
    void private_link_local_shared_multicast_and_metadata_addresses_are_refused(String url) {
        assertThatThrownBy(() -> nothingAllowed.check(url))
                .isInstanceOf(RefusedUrlException.class)
                .hasMessageContaining(PROPERTY);
    }

    @Test
    void the_refusal_says_what_the_address_is_and_how_to_allow_it() {
        assertThatThrownBy(() -> nothingAllowed.check("http://169.254.169.254/latest"))
                .hasMessage("The host 169.254.169.254 is a cloud metadata address. Tagbench calls no loopback,"
                        + " private, link-local, shared, multicast or metadata address unless the host is listed in "
                        + PROPERTY + ".");
        assertThatThrownBy(() -> nothingAllowed.check("http://localhost:8080/x"))
                .hasMessageStartingWith("The host localhost is a name of this machine (loopback).");
        assertThatThrownBy(() -> nothingAllowed.check("http://2130706433/"))
                .hasMessageContaining("write an IPv4 address as four decimal numbers");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.org/file",
                "file:///etc/passwd",
                "gopher://example.org/",
                "javascript:alert(1)",
                "//example.org/hook",
                "http:///hook",
                "http://user:pass@example.org/hook",
                "not a url"
            })
    void only_http_and_https_urls_with_a_host_and_no_credentials_are_called(String url) {
        assertThatThrownBy(() -> nothingAllowed.check(url)).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void public_addresses_pass() throws Exception {
        assertThat(nothingAllowed.check("https://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
        assertThat(nothingAllowed.resolve("[2606:2800:21f:cb07:6820:80da:af6b:8b2c]"))
                .containsExactly(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c"));
    }

    @Test
    void an_allow_listed_host_may_be_loopback_but_only_as_written() throws Exception {
        var policy = OutboundPolicy.of(PROPERTY, " 127.0.0.1 , Localhost,,");
        assertThat(policy.allowedHosts()).containsExactlyInAnyOrder("127.0.0.1", "localhost");

        assertThat(policy.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThat(policy.check("http://LOCALHOST/hook").getHost()).isEqualTo("LOCALHOST");
        for (var other : List.of(
                "http://127.0.0.2/", "http://127.1/", "http://[::1]/", "http://localhost./", "http://2130706433/")) {
            assertThatThrownBy(() -> policy.check(other)).as(other).isInstanceOf(RefusedUrlException.class);
        }
        assertThat(policy.allows("127.0.0.1", InetAddress.getByName("127.0.0.1")))
                .isTrue();
        assertThat(policy.allows("evil.example", InetAddress.getByName("127.0.0.1")))
                .isFalse();
    }
}
