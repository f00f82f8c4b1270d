package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Vendor words in any case, values that look like options, and lists that are never blank. */
class VendorWordsTest {
    @Test
    void vendorIdsMatchWithoutRegardToCaseButSignalsDoNot() {
        for (String v : new String[] {"Envoy", "ENVOY", "envoy"}) {
            Run run = Run.of(v, "DC");
            assertThat(run.status).as(v).isZero();
            assertThat(run.out).contains("Downstream connection termination");
        }
        assertThat(Run.of("--vendor=HAProxy", "CD").out).contains("CD");
        assertThat(Run.of("CloudFront", "Error").status).isZero();
        assertThat(Run.of("envoy", "dc").status).as("signal tokens stay exact").isEqualTo(2);
    }

    @Test
    void theStatusesTheLogsReportNamesCanBeExplained() {
        assertThat(Run.of("traefik", "0").out).contains("the client disconnected");
        assertThat(Run.of("caddy", "0").out).contains("the client disconnected");
        assertThat(Run.of("azure", "0").out).contains("the client closed the connection");
        assertThat(Run.of("traefik", "-").out).contains("No status logged");
        assertThat(Run.of("haproxy", "-1").out).contains("nothing was sent");
        assertThat(Run.of("--vendor", "haproxy", "--", "-1").out).contains("nothing was sent");
    }

    @Test
    void listingAVendorNeverPrintsNothing() {
        for (String v : new String[] {"traefik", "caddy", "azure", "nginx"}) {
            Run run = Run.of("--list", "--vendor", v);
            assertThat(run.status).as(v).isZero();
            assertThat(run.out).as(v).isNotBlank();
        }
        Run ietf = Run.of("--list", "--vendor", "ietf");
        if (ietf.status == 0) {
            assertThat(ietf.out).isNotBlank();
        } else {
            assertThat(ietf.err).contains("defines no status codes or log values of its own");
        }
    }

    @Test
    void aNegativeNumberWithoutAVendorSaysHowToAskForIt() {
        Run run = Run.of("-1");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("give the vendor first");
    }

    /** Any 3-digit code with any casing of a vendor word gives the same answer. */
    @Property(tries = 50)
    void casingNeverChangesTheAnswer(@ForAll @IntRange(min = 100, max = 999) int code) {
        Run lower = Run.of("haproxy", String.valueOf(code));
        Run upper = Run.of("HAPROXY", String.valueOf(code));
        assertThat(upper.status).isEqualTo(lower.status);
        assertThat(upper.out).isEqualTo(lower.out);
    }
}
