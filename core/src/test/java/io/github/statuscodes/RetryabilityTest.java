package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryabilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
    void idempotentMethodsMayRetryIdempotentOnlyCodes(String method) {
        assertThat(Retryability.isIdempotent(method)).isTrue();
        assertThat(Retryability.IDEMPOTENT_ONLY.allows(method)).isTrue();
        assertThat(Retryability.ALWAYS.allows(method)).isTrue();
        assertThat(Retryability.NEVER.allows(method)).isFalse();
        assertThat(Retryability.AFTER_CLIENT_ACTION.allows(method)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PATCH", "CONNECT", "get", "PROPFIND"})
    void otherMethodsMayRetryOnlyAlwaysCodes(String method) {
        assertThat(Retryability.isIdempotent(method)).isFalse();
        assertThat(Retryability.IDEMPOTENT_ONLY.allows(method)).isFalse();
        assertThat(Retryability.ALWAYS.allows(method)).isTrue();
    }

    @Test
    void rejectsMissingMethods() {
        assertThatThrownBy(() -> Retryability.ALWAYS.allows(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("method must not be null");
        assertThatThrownBy(() -> Retryability.isIdempotent(""))
                .hasMessage("method must not be empty");
        assertThatThrownBy(() -> StatusCodes.of(502).isRetryable(null))
                .hasMessage("method must not be null");
    }

    @Test
    void classDefaultsFollowRfc9110() {
        assertThat(StatusClass.of(599).defaultRetryability())
                .isEqualTo(Retryability.IDEMPOTENT_ONLY);
        assertThat(StatusClass.of(499).defaultRetryability()).isEqualTo(Retryability.NEVER);
        assertThat(StatusClass.of(299).defaultRetryability()).isEqualTo(Retryability.NEVER);
        assertThat(StatusClass.of(100)).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusClass.of(999)).isEqualTo(StatusClass.NON_STANDARD);
        assertThat(StatusClass.NON_STANDARD.isError()).isFalse();
        assertThatThrownBy(() -> StatusClass.of(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status code 1000 is outside 100..999");
    }
}
