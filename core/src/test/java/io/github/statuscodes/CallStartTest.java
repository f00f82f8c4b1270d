package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link RetryListener#onCallStart}: once per call, first, guarded like the other events. */
class CallStartTest {
    private static final URI URI_A = URI.create("http://a.example/x");
    private static final Function<String, String> NO_HEADERS = name -> null;
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder().backoffBase(Duration.ZERO)
            .backoffMax(Duration.ZERO).build();

    @Test
    void theStartComesOnceWhenTheCallIsMadeBeforeAnyAttempt() {
        List<String> seen = new ArrayList<>();
        RetryCall call = NO_WAIT.newCall("PUT", URI_A, false, recorder(seen));
        // A first attempt that ends in a read timeout is never reported; its start is counted.
        assertThat(seen).containsExactly("start PUT http://a.example/x false");
        assertThat(call.onResponse(503, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.ONE_SHOT_BODY);
        seen.clear();
        call = NO_WAIT.newCall("PUT", URI_A, true, recorder(seen));
        call.onResponse(503, NO_HEADERS);
        call.onConnectFailure(new ConnectException("refused"));
        call.onResponse(503, NO_HEADERS);
        assertThat(seen).containsExactly("start PUT http://a.example/x true", "retry 1",
                "retry 2", "giveUp 3");
    }

    @Test
    void aCallThatSucceedsAtOnceHasItsStartAndNothingElse() {
        List<String> seen = new ArrayList<>();
        RetryCall call = NO_WAIT.newCall("GET", URI_A, true, recorder(seen));
        assertThat(call.onResponse(200, NO_HEADERS).stopReason())
                .isEqualTo(StopReason.NOT_RETRYABLE);
        assertThat(seen).containsExactly("start GET http://a.example/x true");
    }

    @Test
    void aStartThatThrowsIsLoggedOnceAndChangesNothing() {
        RecordingLoggerFinder.ENTRIES.clear();
        List<String> others = new ArrayList<>();
        RetryListener throwing = new RetryListener() {
            @Override
            public void onCallStart(CallStartEvent event) {
                throw new IllegalStateException("start " + event.method());
            }
        };
        RetryCall call = NO_WAIT.newCall("GET", URI_A, true,
                RetryListener.all(List.of(throwing, recorder(others))));
        assertThat(call.onResponse(503, NO_HEADERS).isRetry()).isTrue();
        assertThat(others).containsExactly("start GET http://a.example/x true", "retry 1");
        assertThat(RecordingLoggerFinder.ENTRIES).hasSize(1);
        assertThat(RecordingLoggerFinder.ENTRIES.get(0).message).contains(".onCallStart threw");
        assertThat(RecordingLoggerFinder.ENTRIES.get(0).thrown).hasMessage("start GET");

        RecordingLoggerFinder.ENTRIES.clear();
        RetryCall alone = NO_WAIT.newCall("GET", URI_A, true, throwing);
        assertThat(alone.attempts()).isZero();
        assertThat(RecordingLoggerFinder.ENTRIES).hasSize(1);
    }

    @Test
    void aFatalErrorOfTheVmInTheStartIsNotSwallowed() {
        assertThatThrownBy(() -> NO_WAIT.newCall("GET", URI_A, true, new RetryListener() {
            @Override
            public void onCallStart(CallStartEvent event) {
                throw new OutOfMemoryError("test");
            }
        })).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void badArgumentsThrowBeforeAnyStart() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> NO_WAIT.newCall("", URI_A, true, recorder(seen)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NO_WAIT.newCall("GET", null, true, recorder(seen)))
                .isInstanceOf(NullPointerException.class);
        assertThat(seen).isEmpty();
        assertThat(new CallStartEvent("GET", URI_A, true)).hasToString("GET http://a.example/x");
    }

    private static RetryListener recorder(List<String> seen) {
        return new RetryListener() {
            @Override
            public void onCallStart(CallStartEvent e) {
                seen.add("start " + e.method() + " " + e.uri() + " " + e.isBodyRepeatable());
            }

            @Override
            public void onRetry(RetryEvent e) {
                seen.add("retry " + e.attempt());
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                seen.add("giveUp " + e.attempt());
            }
        };
    }
}
