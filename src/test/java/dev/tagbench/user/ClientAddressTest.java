package dev.tagbench.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void ipv4_addresses_count_one_by_one() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of(" 203.0.113.7 ")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6_addresses_count_by_their_64_bit_network() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:0db8:0001:0003::1")).isEqualTo("2001:db8:1:3::/64");
    }

    @Test
    void anything_else_counts_by_its_text_without_a_name_lookup() {
        assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("")).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("localhost")).isEqualTo("localhost");
        assertThat(ClientAddress.of("x".repeat(100))).hasSize(64);
    }

    @Test
    void outside_a_request_the_client_is_unknown() {
        assertThat(ClientAddress.current()).isEqualTo(ClientAddress.UNKNOWN);
    }
}
