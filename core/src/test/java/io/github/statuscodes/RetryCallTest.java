package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RetryCallTest {
    private static final URI URI_A = URI.create("http://a.example/x");
    private static final Function<String, String> NO_HEADERS = name -> null;
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder().backoffBase(Duration.ZERO)
            .backoffMax(Duration.ZERO).build();

    private final long[] now = {1_000};

    private RetryCall call(RetryPolicy policy, String method, boolean repeatable,
            RetryListener listener) {
        return new RetryCall(policy, method, URI_A, repeatable, listener, () -> now[0]);
    }

    @Test
    void retriesUntilTheAttemptsAreSpentThenGivesUpOnce() {
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(NO_WAIT, "GET", true, recorder(events));
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        RetryDecision last = call.onResponse(503, NO_HEADERS);
        assertThat(last.stopReason()).isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(call.attempts()).isEqualTo(3);
        assertThat(call.code().code()).isEqualTo(503);
        assertThat(events).extracting(RetryEvent::attempt).containsExactly(1, 2, 3);
        assertThat(events).extracting(RetryEvent::isRetry).containsExactly(true, true, false);
        assertThat(events.get(2).stopReason()).isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(events.get(2).delay()).isEqualTo(Duration.ZERO);
        assertThat(events.get(0).method()).isEqualTo("GET");
        assertThat(events.get(0).uri()).isEqualTo(URI_A);
        assertThat(events.get(0).failure()).isNull();
    }

    @Test
    void aFinalResponseIsNoEvent() {
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(NO_WAIT, "GET", true, recorder(events));
        assertThat(call.onResponse(200, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.NOT_RETRYABLE);
        assertThat(events).isEmpty();
    }

    @Test
    void afterAStopNoFurtherAttemptIsTaken() {
        RetryCall call = call(NO_WAIT, "POST", true, RetryListener.NONE);
        assertThat(call.onResponse(520, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.NOT_IDEMPOTENT);
        assertThat(call.isStopped()).isTrue();
        assertThatThrownBy(() -> call.onResponse(503, NO_HEADERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped after attempt 1 (NOT_IDEMPOTENT)");
        assertThatThrownBy(() -> call.onConnectFailure(new ConnectException()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConnectFailureIsRetriedForAnyMethodAndItsStopIsAGiveUp() {
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(NO_WAIT, "POST", true, recorder(events));
        ConnectException refused = new ConnectException("refused");
        assertThat(call.onConnectFailure(refused).isRetry()).isTrue();
        assertThat(call.onConnectFailure(refused).isRetry()).isTrue();
        assertThat(call.onConnectFailure(refused).stopReason())
                .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(call.code()).isNull();
        assertThat(events).extracting(RetryEvent::failure).containsOnly(refused);
        assertThat(events).extracting(RetryEvent::code).containsOnlyNulls();
        assertThat(events).extracting(RetryEvent::isRetry).containsExactly(true, true, false);
    }

    @Test
    void aOneShotBodyGivesUpAtOnceOnAConnectFailure() {
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(NO_WAIT, "PUT", false, recorder(events));
        assertThat(call.onConnectFailure(new ConnectException()).stopReason())
                .isEqualTo(StopReason.ONE_SHOT_BODY);
        assertThat(events).hasSize(1);
    }

    @Test
    void theClockStartsWhenTheCallIsMadeAndTheDeadlineCountsFromThere() {
        RetryPolicy p = NO_WAIT.toBuilder().callTimeout(Duration.ofSeconds(2)).build();
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(p, "GET", true, recorder(events));
        now[0] += TimeUnit.MILLISECONDS.toNanos(1_500);
        // Retry-After 1 s would end 2.5 s after the start: past the 2 s timeout.
        assertThat(call.onResponse(503, name -> name.equals("Retry-After") ? "1" : null)
                .stopReason()).isEqualTo(StopReason.DEADLINE);
        assertThat(events.get(0).elapsed()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(call.elapsed()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(call.nanosLeft()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(500));
    }

    @Test
    void theClientsDeadlineCountsWhenItIsTheNearer() {
        RetryCall call = call(NO_WAIT.toBuilder().backoffBase(Duration.ofMillis(10))
                .backoffMax(Duration.ofMillis(10)).jitter(false).build(), "GET", true,
                RetryListener.NONE);
        assertThat(call.onResponse(503, NO_HEADERS, TimeUnit.MILLISECONDS.toNanos(5))
                .stopReason()).isEqualTo(StopReason.DEADLINE);
        RetryCall other = call(NO_WAIT, "GET", true, RetryListener.NONE);
        assertThat(other.onConnectFailure(new ConnectException(), -1).stopReason())
                .isEqualTo(StopReason.DEADLINE);
    }

    @Test
    void clientResendsUseUpTheAttempts() {
        RetryCall call = call(NO_WAIT, "GET", true, RetryListener.NONE);
        call.countClientResends(1);
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        assertThat(call.attempts()).isEqualTo(2);
        call.countClientResends(1);
        assertThat(call.onResponse(503, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(call.attempts()).isEqualTo(4);
        assertThatThrownBy(() -> call.countClientResends(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resends is -1; it must be 0 or more");
    }

    @Test
    void aClientResendIsReportedAsTheRetryItWasWithoutDelay() {
        List<RetryEvent> events = new ArrayList<>();
        RetryPolicy backoff = NO_WAIT.toBuilder().backoffBase(Duration.ofMillis(50))
                .backoffMax(Duration.ofMillis(50)).jitter(false).build();
        RetryCall call = call(backoff, "GET", true, recorder(events));
        Function<String, String> zero = name -> name.equals("Retry-After") ? "0" : null;
        assertThat(call.onClientResend(503, zero)).isEqualTo(1);
        assertThat(call.onResponse(408, NO_HEADERS).delay()).isEqualTo(Duration.ofMillis(50));
        assertThat(call.onClientResend(503, zero)).isEqualTo(3);
        assertThat(call.isStopped()).isFalse();
        assertThat(call.onResponse(503, zero).stopReason())
                .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(events).extracting(e -> e.attempt() + " " + e.code().code() + " "
                + (e.isRetry() ? e.delay().toMillis() : e.stopReason()))
                .containsExactly("1 503 0", "2 408 50", "4 503 ATTEMPTS_EXHAUSTED");
    }

    @Test
    void aClientResendThePolicyWouldNotHaveMadeIsCountedButNotReported() {
        List<RetryEvent> events = new ArrayList<>();
        RetryCall call = call(NO_WAIT.toBuilder().maxAttempts(1).build(), "GET", true,
                recorder(events));
        call.onClientResend(408, NO_HEADERS);
        assertThat(call.onResponse(200, NO_HEADERS).isRetry()).isFalse();
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(events).isEmpty();
        RetryCall stopped = call(NO_WAIT, "GET", true, RetryListener.NONE);
        stopped.onResponse(404, NO_HEADERS);
        assertThatThrownBy(() -> stopped.onClientResend(503, NO_HEADERS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stopped.onClientResend(503, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("headers");
    }

    @Test
    void aListenerThatThrowsIsLoggedOnceAndChangesNothing() {
        RetryListener throwing = new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                throw new IllegalStateException("boom " + event.attempt());
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                throw new LinkageError("linkage");
            }
        };
        RecordingLoggerFinder.ENTRIES.clear();
        RetryCall call = call(NO_WAIT, "GET", true, throwing);
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        assertThat(call.onResponse(503, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        List<RecordingLoggerFinder.Entry> logged = new ArrayList<>(RecordingLoggerFinder.ENTRIES);
        assertThat(logged).hasSize(3);
        assertThat(logged).extracting(e -> e.level).containsOnly(System.Logger.Level.WARNING);
        assertThat(logged.get(0).thrown).hasMessage("boom 1");
        assertThat(logged.get(1).thrown).hasMessage("boom 2");
        assertThat(logged.get(2).thrown).isInstanceOf(LinkageError.class);
        assertThat(logged.get(0).message).contains(".onRetry threw");
        assertThat(logged.get(2).message).contains(".onGiveUp threw");
    }

    @Test
    void allCallsEachListenerEvenWhenOneThrows() {
        List<RetryEvent> first = new ArrayList<>();
        List<RetryEvent> second = new ArrayList<>();
        RetryListener throwing = new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                throw new IllegalStateException("boom");
            }
        };
        RetryListener all = RetryListener.all(List.of(recorder(first), throwing,
                recorder(second)));
        RecordingLoggerFinder.ENTRIES.clear();
        RetryCall call = call(NO_WAIT, "GET", true, all);
        call.onResponse(503, NO_HEADERS);
        call.onResponse(503, NO_HEADERS);
        call.onResponse(503, NO_HEADERS);
        assertThat(first).hasSize(3);
        assertThat(second).extracting(RetryEvent::attempt).containsExactly(1, 2, 3);
        assertThat(RecordingLoggerFinder.ENTRIES).hasSize(2);
        assertThat(RetryListener.all(List.of())).isSameAs(RetryListener.NONE);
        assertThat(RetryListener.all(List.of(RetryListener.NONE, throwing))).isSameAs(throwing);
        List<RetryListener> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> RetryListener.all(withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listeners");
    }

    @Test
    void aFatalErrorOfTheVmIsNotSwallowed() {
        RetryCall call = call(NO_WAIT, "GET", true, new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                throw new OutOfMemoryError("test");
            }
        });
        assertThatThrownBy(() -> call.onResponse(503, NO_HEADERS))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> NO_WAIT.newCall(null, URI_A, true, RetryListener.NONE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> NO_WAIT.newCall("", URI_A, true, RetryListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
        assertThatThrownBy(() -> NO_WAIT.newCall("GET", null, true, RetryListener.NONE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("uri");
        assertThatThrownBy(() -> NO_WAIT.newCall("GET", URI_A, true, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        RetryCall call = NO_WAIT.newCall("GET", URI_A, true, RetryListener.NONE);
        assertThatThrownBy(() -> call.onResponse(503, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("headers");
        assertThatThrownBy(() -> call.onConnectFailure(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("failure");
        assertThat(call.attempts()).isZero();
        assertThat(call.lastDecision()).isNull();
    }

    @Test
    void aSaturatedDelayWithoutADeadlineIsARetryNotADeadline() {
        // 2^62 ns base doubled by the backoff saturates at Long.MAX_VALUE; no deadline is set.
        RetryPolicy huge = RetryPolicy.builder().maxAttempts(10)
                .backoffBase(Long.MAX_VALUE / 2, TimeUnit.NANOSECONDS)
                .backoffMax(Long.MAX_VALUE, TimeUnit.NANOSECONDS).jitter(false).build();
        RetryDecision d = huge.decideOnConnectFailure(5, true, Long.MAX_VALUE);
        assertThat(d.isRetry()).isTrue();
        assertThat(d.delayNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.decide(5, "GET", true, 503, NO_HEADERS, Long.MAX_VALUE).isRetry())
                .isTrue();
        assertThat(huge.decideOnConnectFailure(5, true, Long.MAX_VALUE - 1).stopReason())
                .isEqualTo(StopReason.DEADLINE);
    }

    private static RetryListener recorder(List<RetryEvent> events) {
        return new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                events.add(event);
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                events.add(event);
            }
        };
    }
}
