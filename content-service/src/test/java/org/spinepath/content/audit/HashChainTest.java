package org.spinepath.content.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashChainTest {

    @Test
    void eachLinkCoversThePreviousHashItsPlaceAndItsText() {
        String first = HashChain.link(HashChain.GENESIS, 1, "{\"a\":1}");
        assertThat(first).hasSize(64).isEqualTo(HashChain.link(HashChain.GENESIS, 1, "{\"a\":1}"));
        assertThat(HashChain.link(HashChain.GENESIS, 1, "{\"a\":2}")).isNotEqualTo(first);
        assertThat(HashChain.link(HashChain.GENESIS, 2, "{\"a\":1}")).isNotEqualTo(first);
        assertThat(HashChain.link(first, 1, "{\"a\":1}")).isNotEqualTo(first);
    }
}
