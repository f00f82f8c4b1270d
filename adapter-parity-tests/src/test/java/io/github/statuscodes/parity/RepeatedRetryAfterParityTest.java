package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryAfter;
import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code Retry-After} sent on more than one line, from a raw-socket server, decides on every
 * client as the longest of its values would alone: each adapter hands core the lines joined
 * with {@code ", "}. A wait longer than the policy's {@code retryAfterMax} (20 s) stops at once
 * however often it is repeated; two HTTP-dates, each with its own comma, are two dates. OkHttp
 * resends a 503 whose last line is {@code Retry-After: 0} on its own, before any adapter sees it.
 */
class RepeatedRetryAfterParityTest {
    private static final String END = "Content-Length: 0\r\nConnection: close\r\n\r\n";
    private static final String OK = "HTTP/1.1 200 OK\r\n" + END;

    static RawScriptServer server;

    /** A 503 with one {@code Retry-After} line per value, then 200s. */
    record Row(String name, List<String> values, int requests, int status, StopReason giveUp) {
        List<String> answers() {
            StringBuilder first = new StringBuilder("HTTP/1.1 503 Service Unavailable\r\n");
            for (String v : values) {
                first.append("Retry-After: ").append(v).append("\r\n");
            }
            return List.of(first + END, OK);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        String inAnHour = RetryAfter.formatDate(Instant.now().plus(Duration.ofHours(1)));
        String inTwoHours = RetryAfter.formatDate(Instant.now().plus(Duration.ofHours(2)));
        return List.of(
                new Row("Retry-After: 30 once", List.of("30"), 1, 503,
                        StopReason.RETRY_AFTER_TOO_LONG),
                new Row("Retry-After: 30 twice", List.of("30", "30"), 1, 503,
                        StopReason.RETRY_AFTER_TOO_LONG),
                new Row("Retry-After: 0 then 30: the longest wins", List.of("0", "30"), 1, 503,
                        StopReason.RETRY_AFTER_TOO_LONG),
                new Row("Retry-After: 30 then 0: the longest wins", List.of("30", "0"), 1, 503,
                        StopReason.RETRY_AFTER_TOO_LONG),
                new Row("two HTTP-dates an hour away", List.of(inAnHour, inTwoHours), 1, 503,
                        StopReason.RETRY_AFTER_TOO_LONG),
                new Row("an HTTP-date and a malformed value: backoff", List.of(inAnHour, "soon"),
                        2, 200, null),
                new Row("Retry-After: 0 on 50 lines", nCopies(50, "0"), 2, 200, null));
    }

    static Stream<Arguments> everyRowOnEveryClient() {
        List<Arguments> args = new ArrayList<>();
        for (Row r : rows()) {
            for (Client.Kind kind : Client.Kind.values()) {
                args.add(Arguments.of(r, kind));
            }
        }
        return args.stream();
    }

    @BeforeAll
    static void start() throws Exception {
        server = new RawScriptServer((n, out) -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyRowOnEveryClient")
    void aRepeatedRetryAfterDecidesAsItsLongestValue(Row row, Client.Kind kind) throws Exception {
        Events events = new Events();
        try (Client client = kind.open(AdapterParityTest.POLICY, events)) {
            server.play(row.answers());
            int status = client.send("GET", server.uri());
            List<String> expected = new ArrayList<>();
            expected.add("start GET");
            if (row.requests() == 2) {
                expected.add("retry 1 503");
            }
            if (row.giveUp() != null) {
                expected.add("giveUp " + row.requests() + " " + row.status() + " " + row.giveUp());
            }
            Outcome want = new Outcome(row.requests(), row.status(), List.copyOf(expected));
            if (underOkHttp(kind) && row.values().get(row.values().size() - 1).equals("0")) {
                // OkHttp reads only the last Retry-After line and resends a 503 whose last line
                // is 0 itself, before any adapter sees it (docs/okhttp.md). The interceptor
                // counts that resend and reports it only where the policy would have retried;
                // Feign's response no longer holds it (docs/feign.md).
                want = row.giveUp() == null
                        ? new Outcome(2, 200, kind == Client.Kind.OKHTTP
                                ? List.of("start GET", "retry 1 503") : List.of("start GET"))
                        : new Outcome(2, 200, List.of("start GET"));
            }
            assertThat(new Outcome(server.requests(), status, events.lines()))
                    .isEqualTo(want);
        }
    }

    private static boolean underOkHttp(Client.Kind kind) {
        return kind == Client.Kind.OKHTTP || kind == Client.Kind.FEIGN_OKHTTP;
    }

    private static List<String> nCopies(int n, String value) {
        return java.util.Collections.nCopies(n, value);
    }
}
