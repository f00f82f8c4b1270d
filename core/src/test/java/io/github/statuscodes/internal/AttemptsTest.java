package io.github.statuscodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AttemptsTest {

    @Test
    void withoutADeadlineThereIsNoTimeout() {
        assertThat(Attempts.timeoutMillis(Long.MAX_VALUE, 5_000_000)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void givesWhatIsLeftAfterTheWait() {
        assertThat(Attempts.timeoutMillis(2_000_000_000L, 500_000_000L)).isEqualTo(1500);
    }

    @Test
    void neverLessThanTheWaitRoundedUp() {
        assertThat(Attempts.timeoutMillis(1_000_000_000L, 1_500_000_001L)).isEqualTo(1501);
    }

    @Test
    void atLeastOneMillisecondOncePassed() {
        assertThat(Attempts.timeoutMillis(-7, 0)).isEqualTo(1);
    }

    @Property
    void neverBelowOneMillisecondNorTheWait(@ForAll @LongRange(min = Long.MIN_VALUE / 2,
            max = Long.MAX_VALUE - 1) long nanosLeft,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long delayNanos) {
        long millis = Attempts.timeoutMillis(nanosLeft, delayNanos);

        assertThat(millis).isGreaterThanOrEqualTo(1);
        assertThat(millis).isGreaterThanOrEqualTo((delayNanos + 999_999) / 1_000_000);
        if (nanosLeft - delayNanos >= 1_000_000) {
            assertThat(millis).isGreaterThanOrEqualTo((nanosLeft - delayNanos) / 1_000_000);
        }
    }

    @Test
    void joinsRepeatedValuesInOrder() {
        assertThat(Attempts.join(List.of())).isNull();
        assertThat(Attempts.join(List.of("a"))).isEqualTo("a");
        assertThat(Attempts.join(List.of("a", "b", "c"))).isEqualTo("a, b, c");
    }
}
