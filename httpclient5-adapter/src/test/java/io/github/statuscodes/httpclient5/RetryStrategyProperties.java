package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.net.ssl.SSLException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.util.TimeValue;

/** Properties of the strategy over status numbers, methods, headers and I/O failures. */
class RetryStrategyProperties {
    /** Retry-After dates are read against this instant, so that two decisions agree exactly. */
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final RetryPolicy POLICY = RetryPolicy.builder().random(() -> 0.5)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    private static final StatusCodeRetryStrategy STRATEGY = StatusCodeRetryStrategy.create(POLICY);
    private static final long CAP_NANOS = Math.max(POLICY.retryAfterMax().toNanos(),
            POLICY.backoffMax().toNanos());

    private static HttpClientContext context(String method) {
        HttpClientContext c = HttpClientContext.create();
        c.setRequest(new BasicHttpRequest(method, "/"));
        return c;
    }

    private static BasicHttpResponse response(int status, List<Tuple.Tuple2<String, String>> headers) {
        BasicHttpResponse r = new BasicHttpResponse(status);
        for (Tuple.Tuple2<String, String> h : headers) {
            r.addHeader(h.get1(), h.get2());
        }
        return r;
    }

    @Property(tries = 500)
    void aStatusOutsideTheRangeNeverThrowsAndIsNeverRetried(@ForAll @Positive int status,
            @ForAll("headers") List<Tuple.Tuple2<String, String>> headers,
            @ForAll("methods") String method, @ForAll @IntRange(min = 1, max = 10) int execCount) {
        // HttpClient itself refuses a status below 1 (BasicHttpResponse), so the strategy never
        // sees one; every positive number reaches it.
        BasicHttpResponse r = response(status, headers);
        HttpClientContext c = context(method);
        boolean retry = STRATEGY.retryRequest(r, execCount, c);
        TimeValue interval = STRATEGY.getRetryInterval(r, execCount, c);

        if (status < 100 || status > 999) {
            assertThat(retry).isFalse();
            assertThat(interval).isEqualTo(TimeValue.ZERO_MILLISECONDS);
        }
        assertThat(interval.toNanoseconds()).isBetween(0L, CAP_NANOS);
    }

    @Property(tries = 1000)
    void retriesExactlyWhenThePolicyDecidesAndWaitsTheDecidedDelay(
            @ForAll @IntRange(min = 100, max = 999) int status, @ForAll("methods") String method,
            @ForAll @IntRange(min = 1, max = 5) int execCount,
            @ForAll("retryAfter") String retryAfter) {
        BasicHttpResponse r = new BasicHttpResponse(status);
        if (retryAfter != null) {
            r.addHeader("Retry-After", retryAfter);
        }
        HttpClientContext c = context(method);
        RetryDecision expected = POLICY.decide(execCount, method, true, status,
                name -> r.getFirstHeader(name) == null ? null : r.getFirstHeader(name).getValue(),
                Long.MAX_VALUE);

        boolean retry = STRATEGY.retryRequest(r, execCount, c);

        assertThat(retry).isEqualTo(expected.isRetry());
        if (retry) {
            assertThat(STRATEGY.getRetryInterval(r, execCount, c).toNanoseconds())
                    .isEqualTo(expected.delayNanos());
        }
    }

    @Property(tries = 300)
    void neverRetriesMoreThanTheBudgetWhateverTheResponses(
            @ForAll("methods") String method, @ForAll @IntRange(min = 100, max = 999) int status,
            @ForAll @IntRange(min = 3, max = 50) int execCount) {
        assertThat(STRATEGY.retryRequest(new BasicHttpResponse(status), execCount,
                context(method))).isFalse();
    }

    @Property(tries = 500)
    void aFailedConnectIsRetriedForEveryMethodWhileAttemptsRemain(
            @ForAll("connectFailures") IOException failure, @ForAll("methods") String method,
            @ForAll @IntRange(min = 1, max = 10) int execCount) {
        HttpRequest request = new BasicHttpRequest(method, "/");
        HttpClientContext c = context(method);

        assertThat(STRATEGY.retryRequest(request, failure, execCount, c))
                .isEqualTo(execCount < POLICY.maxAttempts());
    }

    @Property(tries = 500)
    void anyOtherFailureEndsTheCallAsOnEveryOtherClient(
            @ForAll("otherFailures") IOException failure, @ForAll("methods") String method,
            @ForAll @IntRange(min = 1, max = 10) int execCount) {
        HttpRequest request = new BasicHttpRequest(method, "/");
        HttpClientContext c = context(method);

        assertThat(STRATEGY.retryRequest(request, failure, execCount, c)).isFalse();
        assertThat(STRATEGY.getRetryInterval(request, failure, execCount, c))
                .isEqualTo(TimeValue.ZERO_MILLISECONDS);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(
                Arbitraries.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST",
                        "PATCH", "CONNECT", "get", "PROPFIND"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<String, String>>> headers() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Retry-After", "Server", "CF-RAY", "Vary", "Via", "X-Esri-Authorization"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> values = Arbitraries.oneOf(retryAfter().filter(v -> v != null),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("cloudflare", "nginx", "awselb/2.0", "Microsoft-IIS/10.0"));
        return Combinators.combine(names, values).as(Tuple::of).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> retryAfter() {
        DateTimeFormatter rfc1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.longs().between(0, 100_000).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-3600, 3600).map(s -> rfc1123.format(
                        NOW.plus(Duration.ofSeconds(s)).atZone(ZoneOffset.UTC))),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<IOException> connectFailures() {
        return Arbitraries.of(new ConnectException("Connection refused"),
                new HttpHostConnectException("Connect to 127.0.0.1:1 failed"),
                new ConnectTimeoutException("Connect timed out"),
                new NoRouteToHostException("No route to host"));
    }

    @Provide
    Arbitrary<IOException> otherFailures() {
        return Arbitraries.of(new NoHttpResponseException("failed to respond"),
                new SocketException("Connection reset"), new IOException("Broken pipe"),
                new ConnectionClosedException("Connection closed by peer"),
                new UnknownHostException("no.such.host"), new SSLException("handshake"),
                new SocketTimeoutException("Read timed out"), new InterruptedIOException());
    }
}
