package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The compact table: its ordinal constants and the holders' lookup into it. */
class DefaultCodesTest {
    @Test
    void theTablesOrdinalsAreTheEnumsOrdinals() {
        assertThat(new int[] {DefaultCodes.NEVER, DefaultCodes.AFTER_CLIENT_ACTION,
            DefaultCodes.IDEMPOTENT_ONLY, DefaultCodes.ALWAYS}).containsExactly(
                Retryability.NEVER.ordinal(), Retryability.AFTER_CLIENT_ACTION.ordinal(),
                Retryability.IDEMPOTENT_ONLY.ordinal(), Retryability.ALWAYS.ordinal());
        assertThat(Retryability.values()).hasSize(4);
        assertThat(new int[] {DefaultCodes.CURRENT, DefaultCodes.DEPRECATED,
            DefaultCodes.HISTORICAL, DefaultCodes.RESERVED}).containsExactly(
                Lifecycle.CURRENT.ordinal(), Lifecycle.DEPRECATED.ordinal(),
                Lifecycle.HISTORICAL.ordinal(), Lifecycle.RESERVED.ordinal());
        assertThat(Lifecycle.values()).hasSize(4);
    }

    @Test
    void aHolderGetsTheTablesOwnInstance() {
        assertThat(DefaultCodes.get(460, Vendor.AWS_ELB, "Client Closed Connection"))
                .isSameAs(StatusCodes.of(460));
        assertThatThrownBy(() -> DefaultCodes.get(460, Vendor.NGINX, "Client Closed Connection"))
                .hasMessage("no built-in code 460 Client Closed Connection of nginx (nginx)");
    }

    @Test
    void everyRowKnowsItsPlaceInTheTable() {
        StatusCode[] all = DefaultCodes.all();
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].builtInIndex()).isEqualTo(i);
        }
        assertThat(all).hasSameSizeAs(StatusCodes.all());
    }
}
