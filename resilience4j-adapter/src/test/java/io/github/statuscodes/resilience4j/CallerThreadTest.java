package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The mark the reporting retry sets around Resilience4j's contexts: it alone says which context
 * runs the caller (this test runs in none, so the stack would say neither), and it is cleared,
 * or the outer one put back, however the step ends.
 */
class CallerThreadTest {
    @Test
    void outsideOfAnyContextNeitherIsSeen() {
        assertThat(CallerThread.synchronous()).isFalse();
        assertThat(CallerThread.asynchronous()).isFalse();
    }

    @Test
    void theMarkSaysWhichContextRunsTheCaller() {
        assertThat(CallerThread.within(false, () -> CallerThread.synchronous())).isTrue();
        assertThat(CallerThread.within(false, () -> CallerThread.asynchronous())).isFalse();
        assertThat(CallerThread.within(true, () -> CallerThread.asynchronous())).isTrue();
        assertThat(CallerThread.within(true, () -> CallerThread.synchronous())).isFalse();
        assertThat(CallerThread.synchronous()).isFalse();
        assertThat(CallerThread.asynchronous()).isFalse();
    }

    @Test
    void anInnerMarkIsUndoneAndTheOuterOneStays() {
        boolean[] seen = new boolean[2];
        CallerThread.within(false, () -> {
            seen[0] = CallerThread.within(true, () -> CallerThread.asynchronous());
            seen[1] = CallerThread.synchronous();
            return null;
        });
        assertThat(seen).containsExactly(true, true);
        assertThatThrownBy(() -> CallerThread.within(true, () -> {
            throw new IllegalStateException("step failed");
        })).hasMessage("step failed");
        assertThat(CallerThread.asynchronous()).isFalse();
    }
}
