package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The {@code status} tag of the retry meters stays bounded whatever a server answers. */
class RetryMetersTest {

    @Property
    void theStatusTagIsTheThreeDigitCodeOrOther(@ForAll int status) {
        StatusCode c = RetryPolicy.defaults().resolve(status, h -> null);
        String tag = RetryMeters.status(c);
        if (status >= 100 && status <= 999) {
            assertThat(tag).isEqualTo(String.valueOf(status));
        } else {
            assertThat(tag).isEqualTo("OTHER");
        }
    }

    @Test
    void aGiveUpWithoutAResponseIsTaggedConnectFailure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RetryMeters(registry).giveUp("pay", null,
                RetryDecision.StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(registry.get(RetryMeters.GIVE_UPS).tags("client.name", "pay",
                "status", "CONNECT_FAILURE", "reason", "ATTEMPTS_EXHAUSTED").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aGiveUpOnAStatusOutside100To999IsTaggedOther() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RetryMeters meters = new RetryMeters(registry);
        meters.giveUp("pay", StatusCode.outOfRange(1000), RetryDecision.StopReason.DEADLINE);
        meters.giveUp("pay", StatusCode.outOfRange(42), RetryDecision.StopReason.DEADLINE);
        assertThat(registry.get(RetryMeters.GIVE_UPS).tags("status", "OTHER", "reason",
                "DEADLINE").counter().count()).isEqualTo(2);
        assertThat(registry.find(RetryMeters.GIVE_UPS).counters()).hasSize(1);
    }

    @Test
    void anUnnamedClientIsTaggedByTheHostAlsoWithAnUnderscore() {
        assertThat(RetryMeters.client(null, java.net.URI.create("http://billing_api:8080/v1")))
                .isEqualTo("billing_api");
        assertThat(RetryMeters.client(null, java.net.URI.create("http://Pay.example.com/x")))
                .isEqualTo("Pay.example.com");
        assertThat(RetryMeters.client("pay", java.net.URI.create("http://billing_api/")))
                .isEqualTo("pay");
        assertThat(RetryMeters.client(null, java.net.URI.create("/relative"))).isEqualTo("none");
    }
}
