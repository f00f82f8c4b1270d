package io.github.statuscodes.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Validation and defaults of {@link StatusCodeInterceptor.Builder}, which delegates to {@link RetryPolicy.Builder}. */
// This class tests the deprecated 0.1.0 builder setters on purpose.
@SuppressWarnings("deprecation")
class StatusCodeInterceptorBuilderTest {

    @Nested
    class Defaults {
        @Test
        void createReturnsOneSharedInstanceWithTheDocumentedDefaults() {
            assertThat(StatusCodeInterceptor.create()).isSameAs(StatusCodeInterceptor.create());
            assertThat(StatusCodeInterceptor.create()).hasToString("StatusCodeInterceptor{"
                    + "RetryPolicy{maxAttempts=3, backoffBase=PT0.1S, backoffMax=PT20S,"
                    + " jitter=true, retryAfterMax=PT20S, callTimeout=PT0S, retryNonIdempotent=[],"
                    + " retryPredicate=none}}");
            assertThat(StatusCodeInterceptor.create().policy()).isSameAs(RetryPolicy.defaults());
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
            assertThat(i).hasToString("StatusCodeInterceptor{RetryPolicy{maxAttempts=5,"
                    + " backoffBase=PT0S, backoffMax=PT1S, jitter=false, retryAfterMax=PT1M,"
                    + " callTimeout=PT0S, retryNonIdempotent=[PATCH, POST],"
                    + " retryPredicate=custom}}");
        }

        @Test
        void createWithAPolicyAndTheBuildersPolicyOptionStartFromThatPolicy() {
            RetryPolicy p = RetryPolicy.builder().maxAttempts(7).callTimeout(Duration.ofSeconds(3))
                    .build();
            assertThat(StatusCodeInterceptor.create(p).policy()).isSameAs(p);
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().maxAttempts(2).policy(p)
                    .jitter(false).build();
            assertThat(i.policy().maxAttempts()).isEqualTo(7);
            assertThat(i.policy().callTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(i.policy().isJitter()).isFalse();
            assertThat(p.isJitter()).as("the policy passed in is unchanged").isTrue();
            assertThatThrownBy(() -> StatusCodeInterceptor.create(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("policy must not be null");
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
    class RangesCheckedAtOnce {
        @Test
        void rejectsZeroAttempts() {
            StatusCodeInterceptor.Builder b = StatusCodeInterceptor.builder();
            assertThatThrownBy(() -> b.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
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
            assertThat(i.policy().decideOnConnectFailure(1, true, Long.MAX_VALUE).delayNanos())
                    .isZero();
        }

        @Test
        void rejectsAnOutOfRangeValueWhenSetAndKeepsTheEarlierOne() {
            StatusCodeInterceptor.Builder b = StatusCodeInterceptor.builder().maxAttempts(2);
            assertThatThrownBy(() -> b.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(b.build().policy().maxAttempts()).isEqualTo(2);
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
            assertNullRejected(() -> b.listener((RetryListener) null), "listener");
            assertNullRejected(() -> b.listener((io.github.statuscodes.RetryListener) null),
                    "listener");
            assertNullRejected(() -> b.clock(null), "clock");
            assertNullRejected(() -> b.sleeper(null), "sleeper");
            assertNullRejected(() -> b.policy(null), "policy");
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
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("methods[1] must not be null");
        }

        @Test
        void rejectsAnEmptyMethod() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().retryNonIdempotent(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] is empty; pass method names like \"POST\"");
        }

        @Test
        void rejectsAMethodThatIsNotAToken() {
            assertThatThrownBy(() -> StatusCodeInterceptor.builder().retryNonIdempotent("PO ST"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] \"PO ST\" is not an HTTP method token; it has a"
                            + " forbidden character at index 2");
        }

        @Test
        void replacesAnEarlierSet() {
            StatusCodeInterceptor i = StatusCodeInterceptor.builder().retryNonIdempotent("POST")
                    .retryNonIdempotent("PATCH").build();
            assertThat(i.policy().retryNonIdempotent()).containsExactly("PATCH");
        }
    }
}
