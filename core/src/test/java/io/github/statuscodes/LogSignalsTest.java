package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signals against their sources: the expectations below were read from the vendors'
 * documentation (Envoy's access-log usage page and response code details, HAProxy's
 * configuration manual section 8.5, CloudFront's standard-logs reference, Google Cloud's
 * load-balancer logging page, Windows' system error codes), not from signals.txt.
 */
class LogSignalsTest {

    static LogSignal signal(Vendor vendor, String token) {
        return LogSignals.find(vendor, token).orElseThrow(() -> new AssertionError(
                vendor.id() + " has no signal " + token));
    }

    static List<Integer> codes(LogSignal s) {
        return s.equivalents().stream().map(StatusCode::code).collect(Collectors.toList());
    }

    @Nested
    class Envoy {
        /** The flags Envoy's ResponseFlagUtils lists (short names), and its docs describe. */
        static final String FLAGS = "DC LH UH UT LR UR UF UC UO URX NR DI FI RL UAEX RLSE SI IH"
                + " DPE UMSDR RFCF NFCF DT UPE NC OM DF DO";

        @Test
        void everyDocumentedResponseFlagIsKnownAndNothingElse() {
            List<String> flags = LogSignals.byVendor(Vendor.ENVOY).stream()
                    .filter(s -> s.field().equals("%RESPONSE_FLAGS%")).map(LogSignal::token)
                    .collect(Collectors.toList());
            assertThat(flags).containsExactlyInAnyOrder(FLAGS.split(" "));
        }

        @ParameterizedTest
        @CsvSource({"UH, 503", "UF, 503", "UO, 503", "NR, 404", "LH, 503", "UT, 504",
                "LR, 503", "UR, 503", "UC, 503", "RL, 429", "IH, 400", "SI, 408"})
        void theCodeEnvoyDocumentsBesideAFlagIsAmongItsEquivalents(String flag, int code) {
            assertThat(codes(signal(Vendor.ENVOY, flag))).contains(code);
        }

        @Test
        void dcIsTheClientGivingUpLikeNginx499() {
            LogSignal dc = signal(Vendor.ENVOY, "DC");
            assertThat(dc.endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(dc.equivalents()).containsExactly(Nginx.CLIENT_CLOSED_REQUEST);
            assertThat(dc.field()).isEqualTo("%RESPONSE_FLAGS%");
            assertThat(signal(Vendor.ENVOY, "downstream_remote_disconnect").endedBy())
                    .isEqualTo(EndedBy.CLIENT);
            assertThat(signal(Vendor.ENVOY, "0").equivalents())
                    .containsExactly(Nginx.CLIENT_CLOSED_REQUEST);
        }

        @Test
        void upstreamFailuresAreTheBackendsAndLimitsAreLimits() {
            assertThat(signal(Vendor.ENVOY, "UT").endedBy()).isEqualTo(EndedBy.BACKEND);
            assertThat(signal(Vendor.ENVOY, "UF").endedBy()).isEqualTo(EndedBy.BACKEND);
            assertThat(signal(Vendor.ENVOY, "UF").equivalents()).extracting(StatusCode::code)
                    .containsExactly(502, 503);
            assertThat(signal(Vendor.ENVOY, "RL").endedBy()).isEqualTo(EndedBy.LIMIT);
            assertThat(signal(Vendor.ENVOY, "UO").endedBy()).isEqualTo(EndedBy.LIMIT);
            assertThat(signal(Vendor.ENVOY, "NR").endedBy()).isEqualTo(EndedBy.PROXY);
        }

        @Test
        void longFlagNamesAndDetailsWithACauseInBracesFindTheSameSignal() {
            assertThat(LogSignals.find(Vendor.ENVOY, "DownstreamConnectionTermination"))
                    .containsSame(signal(Vendor.ENVOY, "DC"));
            assertThat(LogSignals.find(Vendor.ENVOY, "OverloadManagerTerminated"))
                    .containsSame(signal(Vendor.ENVOY, "OM"));
            assertThat(LogSignals.find(Vendor.ENVOY,
                    "upstream_reset_before_response_started{connection_termination}"))
                    .containsSame(signal(Vendor.ENVOY, "upstream_reset_before_response_started"));
            assertThat(LogSignals.find(Vendor.ENVOY, "downstream_remote_disconnect{x"))
                    .isEmpty();
        }

        @Test
        void findAllSplitsACommaSeparatedFlagList() {
            assertThat(LogSignals.findAll(Vendor.ENVOY, "UF,URX")).extracting(LogSignal::token)
                    .containsExactly("UF", "URX");
            assertThat(LogSignals.findAll(Vendor.ENVOY, "UF,,NOPE,DC"))
                    .extracting(LogSignal::token).containsExactly("UF", "DC");
            assertThat(LogSignals.findAll(Vendor.ENVOY, "-")).isEmpty();
            assertThat(LogSignals.findAll(Vendor.HAPROXY, "CD--")).extracting(LogSignal::token)
                    .containsExactly("CD");
        }

        @Test
        void flagsAreCaseSensitive() {
            assertThat(LogSignals.find(Vendor.ENVOY, "dc")).isEmpty();
        }
    }

    @Nested
    class Haproxy {
        @Test
        void theDocumentedPairsAreAllThere() {
            assertThat(LogSignals.byVendor(Vendor.HAPROXY)).extracting(LogSignal::token)
                    .containsExactlyInAnyOrder("--", "CC", "CD", "cD", "CH", "cH", "CQ", "CR",
                            "cR", "CT", "LC", "LR", "LH", "SC", "sC", "SD", "sD", "SH", "sH",
                            "sQ", "PC", "PD", "PH", "PR", "PT", "RC", "-1");
        }

        @Test
        void caseMattersCdIsAnAbortAndLowerCdATimeout() {
            LogSignal abort = signal(Vendor.HAPROXY, "CD");
            LogSignal timeout = signal(Vendor.HAPROXY, "cD");
            assertThat(abort).isNotEqualTo(timeout);
            assertThat(abort.endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(timeout.endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(timeout.meaning()).contains("timeout client");
        }

        @ParameterizedTest
        @CsvSource({"CR, 400", "cR, 408", "SC, 502", "SC, 503", "sC, 503", "sC, 504",
                "PH, 502", "PR, 400", "PR, 403", "PT, 500"})
        void theStatusTheManualGivesForAPairIsAmongItsEquivalents(String pair, int code) {
            assertThat(codes(signal(Vendor.HAPROXY, pair))).contains(code);
        }

        @Test
        void theClientGaveUpWaitingForTheServerIsLikeNginx499AndServerTimeoutLike504() {
            assertThat(signal(Vendor.HAPROXY, "CH").equivalents())
                    .containsExactly(Nginx.CLIENT_CLOSED_REQUEST);
            assertThat(signal(Vendor.HAPROXY, "sH").endedBy()).isEqualTo(EndedBy.BACKEND);
            assertThat(codes(signal(Vendor.HAPROXY, "sH"))).containsExactly(504);
            assertThat(signal(Vendor.HAPROXY, "SH").endedBy()).isEqualTo(EndedBy.BACKEND);
            assertThat(signal(Vendor.HAPROXY, "PR").endedBy()).isEqualTo(EndedBy.LIMIT);
            assertThat(signal(Vendor.HAPROXY, "--").endedBy()).isEqualTo(EndedBy.NONE);
        }

        @Test
        void theFourCharacterStateIgnoresTheCookieCharacters() {
            assertThat(LogSignals.find(Vendor.HAPROXY, "CD--"))
                    .containsSame(signal(Vendor.HAPROXY, "CD"));
            assertThat(LogSignals.find(Vendor.HAPROXY, "sHNI"))
                    .containsSame(signal(Vendor.HAPROXY, "sH"));
            assertThat(LogSignals.find(Vendor.HAPROXY, "CDx")).isEmpty();
        }

        @Test
        void anUndocumentedPairOfValidLettersIsExplainedFromItsLetters() {
            LogSignal sq = signal(Vendor.HAPROXY, "SQ");
            assertThat(sq.endedBy()).isEqualTo(EndedBy.BACKEND);
            assertThat(sq.name()).isEqualTo("Server aborted, queued");
            assertThat(sq.equivalents()).isEmpty();
            assertThat(LogSignals.all()).doesNotContain(sq);
            assertThat(signal(Vendor.HAPROXY, "KD").endedBy()).isEqualTo(EndedBy.PROXY);
            assertThat(signal(Vendor.HAPROXY, "cL").endedBy()).isEqualTo(EndedBy.CLIENT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"XD", "CX", "C", "CDC", "cd", "??", "C-x", ""})
        void anythingElseIsUnknown(String token) {
            assertThat(LogSignals.find(Vendor.HAPROXY, token)).isEmpty();
        }
    }

    @Nested
    class CloudFront {
        @Test
        void status000AndClientErrorsAreTheViewerLeaving() {
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "000").endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "000").field()).isEqualTo("sc-status");
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "ClientCommError").endedBy())
                    .isEqualTo(EndedBy.CLIENT);
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "ClientHungUpRequest").endedBy())
                    .isEqualTo(EndedBy.CLIENT);
        }

        @Test
        void theDocumentedDetailedResultTypesAreAllThere() {
            assertThat(LogSignals.byVendor(Vendor.AWS_CLOUDFRONT)).extracting(LogSignal::token)
                    .contains("Hit", "RefreshHit", "Miss", "LimitExceeded", "CapacityExceeded",
                            "Error", "Redirect", "AbortedOrigin", "ClientCommError",
                            "ClientGeoBlocked", "ClientHungUpRequest", "InvalidRequest",
                            "InvalidRequestBlocked", "InvalidRequestCertificate",
                            "InvalidRequestHeader", "InvalidRequestMethod", "OriginCommError",
                            "OriginConnectError", "OriginContentRangeLengthError",
                            "OriginDnsError", "OriginError", "OriginHeaderTooBigError",
                            "OriginInvalidResponseError", "OriginReadError", "OriginWriteError",
                            "OriginZeroSizeObjectError", "SlowReaderOriginError");
        }

        @Test
        void originErrorsAreTheBackendsAndCapacityExceededIs503() {
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "OriginConnectError").endedBy())
                    .isEqualTo(EndedBy.BACKEND);
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "OriginCommError").endedBy())
                    .isEqualTo(EndedBy.BACKEND);
            assertThat(codes(signal(Vendor.AWS_CLOUDFRONT, "CapacityExceeded")))
                    .containsExactly(503);
            assertThat(signal(Vendor.AWS_CLOUDFRONT, "Hit").endedBy()).isEqualTo(EndedBy.NONE);
        }
    }

    @Nested
    class GoogleCloud {
        @Test
        void clientDisconnectsAreTheClientsAndBackendFailuresTheBackends() {
            LogSignal before = signal(Vendor.GOOGLE_CLOUD_LB,
                    "client_disconnected_before_any_response");
            assertThat(before.endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(before.equivalents()).containsExactly(Nginx.CLIENT_CLOSED_REQUEST);
            assertThat(signal(Vendor.GOOGLE_CLOUD_LB, "client_disconnected_after_partial_response")
                    .endedBy()).isEqualTo(EndedBy.CLIENT);
            for (String backend : List.of("backend_timeout",
                    "backend_connection_closed_before_data_sent_to_client",
                    "failed_to_connect_to_backend", "failed_to_pick_backend")) {
                assertThat(signal(Vendor.GOOGLE_CLOUD_LB, backend).endedBy()).as(backend)
                        .isEqualTo(EndedBy.BACKEND);
            }
            assertThat(signal(Vendor.GOOGLE_CLOUD_LB, "response_sent_by_backend").endedBy())
                    .isEqualTo(EndedBy.NONE);
            assertThat(signal(Vendor.GOOGLE_CLOUD_LB, "backend_timeout").field())
                    .isEqualTo("jsonPayload.statusDetails");
        }
    }

    @Nested
    class Iis {
        @Test
        void win32Status64And1236AreTheConnectionGoingAway() {
            LogSignal netnameDeleted = signal(Vendor.MICROSOFT_IIS, "64");
            assertThat(netnameDeleted.name()).isEqualTo("ERROR_NETNAME_DELETED");
            assertThat(netnameDeleted.endedBy()).isEqualTo(EndedBy.CLIENT);
            assertThat(signal(Vendor.MICROSOFT_IIS, "1236").name())
                    .isEqualTo("ERROR_CONNECTION_ABORTED");
            assertThat(signal(Vendor.MICROSOFT_IIS, "10054").name()).isEqualTo("WSAECONNRESET");
            assertThat(signal(Vendor.MICROSOFT_IIS, "64").field()).isEqualTo("sc-win32-status");
            assertThat(LogSignals.find(Vendor.MICROSOFT_IIS, "0")).isEmpty();
        }
    }

    @Nested
    class EverySignal {
        @Test
        void hasAnHttpsSourceAMeaningANameAndAField() {
            assertThat(LogSignals.all()).hasSizeGreaterThan(100);
            for (LogSignal s : LogSignals.all()) {
                assertThat(s.documentation().getScheme()).as("source of %s", s).isEqualTo("https");
                assertThat(s.documentation().getHost()).as("source of %s", s).isNotBlank();
                assertThat(s.meaning()).as("meaning of %s", s).hasSizeGreaterThan(30)
                        .endsWith(".");
                assertThat(s.name()).as("%s", s).isNotBlank();
                assertThat(s.field()).as("%s", s).isNotBlank();
                assertThat(LogSignals.find(s.vendor(), s.token())).containsSame(s);
            }
        }

        @Test
        void isListedUnderItsVendorOnce() {
            for (Vendor v : LogSignals.vendors()) {
                assertThat(LogSignals.byVendor(v)).isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(s -> assertThat(s.vendor()).isSameAs(v));
            }
            assertThat(LogSignals.vendors()).containsExactly(Vendor.ENVOY, Vendor.HAPROXY,
                    Vendor.AWS_CLOUDFRONT, Vendor.GOOGLE_CLOUD_LB, Vendor.MICROSOFT_IIS,
                    Vendor.TRAEFIK, Vendor.CADDY, Vendor.AZURE_APP_GATEWAY);
            assertThat(LogSignals.byVendor(Vendor.NGINX)).isEmpty();
        }

        @Test
        void aClientThatGaveUpBeforeAnyResponseIsLikeNginx499Everywhere() {
            for (LogSignal s : List.of(signal(Vendor.ENVOY, "DC"), signal(Vendor.HAPROXY, "CH"),
                    signal(Vendor.AWS_CLOUDFRONT, "000"),
                    signal(Vendor.GOOGLE_CLOUD_LB, "client_disconnected_before_any_response"))) {
                assertThat(s.equivalents()).as("%s", s).contains(Nginx.CLIENT_CLOSED_REQUEST);
            }
        }
    }

    @Nested
    class Value {
        @Test
        void equalityIsVendorAndToken() {
            LogSignal dc = signal(Vendor.ENVOY, "DC");
            LogSignal composed = signal(Vendor.HAPROXY, "SQ");
            assertThat(composed).isEqualTo(signal(Vendor.HAPROXY, "SQ"))
                    .hasSameHashCodeAs(signal(Vendor.HAPROXY, "SQ"));
            assertThat(dc).isNotEqualTo(signal(Vendor.ENVOY, "UC"));
            assertThat(dc.toString()).isEqualTo("DC Downstream connection termination (envoy)");
        }

        @Test
        void aNullVendorIsRejectedNamingTheParameterButANullTokenIsJustUnknown() {
            assertThatThrownBy(() -> LogSignals.find(null, "DC"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("vendor");
            assertThatThrownBy(() -> LogSignals.byVendor(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("vendor");
            assertThat(LogSignals.find(Vendor.ENVOY, null)).isEmpty();
            assertThat(LogSignals.findAll(Vendor.ENVOY, null)).isEmpty();
        }
    }
}
