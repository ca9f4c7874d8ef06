package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ConnectionLimitTest {

    @Test
    void a_heap_carries_a_connection_per_160_kilobytes_beyond_a_reserve_within_bounds() {
        assertThat(ConnectionLimit.forHeap(DataSize.ofMegabytes(512).toBytes())).isEqualTo(1638);
        assertThat(ConnectionLimit.forHeap(DataSize.ofGigabytes(1).toBytes())).isEqualTo(4915);
        assertThat(ConnectionLimit.forHeap(DataSize.ofGigabytes(8).toBytes())).isEqualTo(8192);
        assertThat(ConnectionLimit.forHeap(DataSize.ofMegabytes(256).toBytes())).isEqualTo(200);
    }
}
