package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * I/O failures through a real classic and async client: a refused connect follows the policy for
 * every method; a connection dropped after the request follows HttpClient's own rules.
 */
class IoFailureTest {
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    /** Counts the connections the client opens: it resolves the host once for each. */
    private final AtomicInteger connects = new AtomicInteger();
    private final DnsResolver countingDns = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            connects.incrementAndGet();
            return SystemDefaultDnsResolver.INSTANCE.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    };
    private TestClient client;

    @AfterEach
    void close() throws InterruptedException {
        if (client != null) {
            assertThat(client.leasedWhenSettled()).as("leased connections").isZero();
            client.close();
        }
    }

    private static String closedPortUri() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/orders";
    }

    private static Throwable rootOf(Throwable t) {
        return t instanceof ExecutionException ? t.getCause() : t;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retriesARefusedConnectEvenForPostUpToTheAttemptBudget(Kind kind) throws Exception {
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT), countingDns);
        String uri = closedPortUri();

        Throwable thrown = catchThrowable(() -> client.call("POST", uri, "{\"order\":42}"));

        assertThat(rootOf(thrown)).isInstanceOf(ConnectException.class);
        assertThat(connects).hasValue(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theStockStrategyNeverRetriesARefusedConnect(Kind kind) throws Exception {
        client = kind.with(DefaultHttpRequestRetryStrategy.INSTANCE, countingDns);
        String uri = closedPortUri();

        Throwable thrown = catchThrowable(() -> client.get(uri));

        assertThat(rootOf(thrown)).isInstanceOf(ConnectException.class);
        assertThat(connects).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void neverRetriesAnUnansweredGetAsNoOtherClientDoes(Kind kind) throws Exception {
        try (RawServer server = new RawServer(null)) {
            client = kind.with(StatusCodeRetryStrategy.create(), countingDns);

            Throwable thrown = catchThrowable(() -> client.get(server.uri("/orders")));

            // The classic client reports NoHttpResponseException, which HttpClient's own rules
            // would repeat for a GET; the async client reports ConnectionClosedException.
            if (kind == Kind.CLASSIC) {
                assertThat(rootOf(thrown)).isInstanceOf(NoHttpResponseException.class);
            } else {
                assertThat(rootOf(thrown)).isInstanceOf(ConnectionClosedException.class);
            }
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void neverRetriesAnUnansweredPost(Kind kind) throws Exception {
        try (RawServer server = new RawServer(null)) {
            client = kind.with(StatusCodeRetryStrategy.create(), countingDns);

            Throwable thrown = catchThrowable(() -> client.call("POST", server.uri("/o"), "x"));

            assertThat(rootOf(thrown)).isInstanceOf(IOException.class);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendsNoRetryForAnUnansweredGetWhenThePolicyAllowsOneAttempt(Kind kind) throws Exception {
        try (RawServer server = new RawServer(null)) {
            RetryPolicy once = RetryPolicy.builder().maxAttempts(1).build();
            client = kind.with(StatusCodeRetryStrategy.create(once), countingDns);

            Throwable thrown = catchThrowable(() -> client.get(server.uri("/orders")));

            assertThat(rootOf(thrown)).isInstanceOf(IOException.class);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnknownHostIsNotRetried(Kind kind) {
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT), countingDns);

        assertThatThrownBy(() -> client.get("http://no-such-host.invalid/"))
                .satisfies(t -> assertThat(rootOf(t)).isInstanceOf(UnknownHostException.class));
        assertThat(connects).hasValue(1);
    }
}
