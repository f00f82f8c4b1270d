package io.github.statuscodes.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Validation and defaults of {@link StatusCodeInterceptor.Builder}. */
class StatusCodeInterceptorBuilderTest {

    @Nested
    class Defaults {
        @Test
        void createReturnsOneSharedInstanceWithTheDocumentedDefaults() {
            assertThat(StatusCodeInterceptor.create()).isSameAs(StatusCodeInterceptor.create());
            assertThat(StatusCodeInterceptor.create()).hasToString("StatusCodeInterceptor{"
                    + "maxAttempts=3, backoffBase=PT0.1S, backoffMax=PT20S, jitter=true,"
                    + " retryAfterMax=PT20S, retryNonIdempotent=[], retryPredicate=none}");
        }

        @Test
        void builderStartsFromTheDefaults() {
            assertThat(StatusCodeInterceptor.builder().build())
                    .hasToString(StatusCodeInterceptor.create().toString());
        }

        @Test
        void toStringShowsTheConfiguration() {
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().maxAttempts(5)
                    .backoffBase(Duration.ZERO).backoffMax(Duration.ofSeconds(1)).jitter(false)
                    .retryAfterMax(Duration.ofMinutes(1)).retryNonIdempotent("POST", "PATCH")
                    .retryPredicate((r, c) -> true).build();
            assertThat(i).hasToString("StatusCodeInterceptor{maxAttempts=5, backoffBase=PT0S,"
                    + " backoffMax=PT1S, jitter=false, retryAfterMax=PT1M,"
                    + " retryNonIdempotent=[PATCH, POST], retryPredicate=custom}");
        }

        @Test
        void builtInterceptorIgnoresLaterBuilderChanges() {
            StatusCodeInterceptor.Builder b = StatusCodeInterceptor.builder().maxAttempts(2);
            StatusCodeInterceptor built = b.build();
            b.maxAttempts(7).retryNonIdempotent("POST");
            assertThat(built.toString()).contains("maxAttempts=2").contains("retryNonIdempotent=[]");
        }
    }

    @Nested
    class RangesCheckedAtBuild {
        @Test
        void rejectsZeroAttempts() {
            StatusCodeInterceptor.Builder b = StatusCodeInterceptor.builder().maxAttempts(0);
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxAttempts is 0; it must be 1 or more (1 sends each request once,"
                            + " without retries)");
        }

        @Test
        void rejectsNegativeAttempts() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().maxAttempts(-1).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxAttempts is -1;");
        }

        @Test
        void acceptsOneAttempt() {
            assertThat(StatusCodeInterceptor.builder().maxAttempts(1).build().toString())
                    .contains("maxAttempts=1");
        }

        @Test
        void rejectsANegativeBackoffBase() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder()
                    .backoffBase(Duration.ofMillis(-1)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("backoffBase is PT-0.001S; it must be zero or more");
        }

        @Test
        void rejectsANegativeBackoffMax() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder()
                    .backoffMax(Duration.ofSeconds(-2)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("backoffMax is PT-2S; it must be zero or more");
        }

        @Test
        void rejectsANegativeRetryAfterMax() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder()
                    .retryAfterMax(Duration.ofSeconds(-1)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("retryAfterMax is PT-1S; it must be zero or more");
        }

        @Test
        void rejectsABaseLongerThanTheMaxNamingBoth() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder()
                    .backoffBase(Duration.ofSeconds(2)).backoffMax(Duration.ofSeconds(1)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("backoffBase PT2S is longer than backoffMax PT1S; raise backoffMax"
                            + " or lower backoffBase");
        }

        @Test
        void acceptsZeroDurations() {
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().backoffBase(Duration.ZERO)
                    .backoffMax(Duration.ZERO).retryAfterMax(Duration.ZERO).build();
            assertThat(i.backoffNanos(0)).isZero();
        }

        @Test
        void lateFixOfAnOutOfRangeValueIsAccepted() {
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().maxAttempts(0).maxAttempts(2)
                    .build();
            assertThat(i.toString()).contains("maxAttempts=2");
        }
    }

    @Nested
    class NullsRejectedAtOnce {
        private final StatusCodeInterceptor.Builder b = StatusCodeInterceptor.builder();

        @Test
        void namesEachParameter() {
            assertNullRejected(() -> b.backoffBase(null), "backoffBase");
            assertNullRejected(() -> b.backoffMax(null), "backoffMax");
            assertNullRejected(() -> b.retryAfterMax(null), "retryAfterMax");
            assertNullRejected(() -> b.random(null), "random");
            assertNullRejected(() -> b.registry(null), "registry");
            assertNullRejected(() -> b.retryPredicate(null), "retryPredicate");
            assertNullRejected(() -> b.listener(null), "listener");
            assertNullRejected(() -> b.clock(null), "clock");
            assertNullRejected(() -> b.sleeper(null), "sleeper");
            assertNullRejected(() -> b.retryNonIdempotent((String[]) null), "methods");
        }

        private void assertNullRejected(Runnable call, String name) {
            assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class)
                    .hasMessage(name + " must not be null");
        }
    }

    @Nested
    class RetryNonIdempotent {
        @Test
        void rejectsANullMethodNamingItsIndex() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().retryNonIdempotent("POST", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[1] must not be null; pass method names like \"POST\"");
        }

        @Test
        void rejectsAnEmptyMethod() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().retryNonIdempotent(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] must not be empty; pass method names like \"POST\"");
        }

        @Test
        void rejectsAMethodThatIsNotAToken() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().retryNonIdempotent("PO ST"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] \"PO ST\" is not an HTTP method token; it has ' ' at"
                            + " index 2");
        }

        @Test
        void replacesAnEarlierSet() {
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().retryNonIdempotent("POST")
                    .retryNonIdempotent("PATCH").build();
            assertThat(i.toString()).contains("retryNonIdempotent=[PATCH]");
        }
    }
}
