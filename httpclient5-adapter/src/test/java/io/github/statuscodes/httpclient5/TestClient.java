package io.github.statuscodes.httpclient5;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;

/**
 * A real Apache HttpClient 5, classic or async, with a pooling connection manager whose stats the
 * tests read, so that every scenario runs the same way through both exec chains.
 */
abstract class TestClient implements AutoCloseable {

    /** What a call returned: the final status and body. */
    static final class Result {
        final int status;
        final String body;

        Result(int status, String body) {
            this.status = status;
            this.body = body;
        }
    }

    /** Which client to build. */
    enum Kind {
        CLASSIC, ASYNC;

        TestClient with(HttpRequestRetryStrategy strategy) {
            return with(strategy, SystemDefaultDnsResolver.INSTANCE);
        }

        /** With {@code strategy} installed by its {@code applyTo}, on either client. */
        TestClient applied(StatusCodeRetryStrategy strategy) {
            return this == CLASSIC ? new Classic(strategy, SystemDefaultDnsResolver.INSTANCE, true)
                    : new Async(strategy, SystemDefaultDnsResolver.INSTANCE);
        }

        /** With {@code dns} resolving the host of every new connection. */
        TestClient with(HttpRequestRetryStrategy strategy, DnsResolver dns) {
            return this == CLASSIC ? new Classic(strategy, dns) : new Async(strategy, dns);
        }
    }

    /** Sends {@code method} to {@code uri}, with {@code body} as text/plain unless null. */
    abstract Result call(String method, String uri, String body) throws Exception;

    Result get(String uri) throws Exception {
        return call("GET", uri, null);
    }

    /** The pool's totals: leased must be 0 once every call has returned. */
    abstract PoolStats poolStats();

    /**
     * The pool's leased connections once the last call has settled: the async client completes
     * the caller's future just before it releases the connection, so this waits up to 5 s for the
     * release (a leaked connection is never released and fails the check).
     */
    int leasedWhenSettled() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int leased = poolStats().getLeased();
        while (leased != 0 && System.nanoTime() < end) {
            Thread.sleep(5);
            leased = poolStats().getLeased();
        }
        return leased;
    }

    @Override
    public abstract void close();

    static final class Classic extends TestClient {
        final PoolingHttpClientConnectionManager pool;
        final CloseableHttpClient client;

        Classic(HttpRequestRetryStrategy strategy, DnsResolver dns) {
            this(strategy, dns, false);
        }

        Classic(HttpRequestRetryStrategy strategy, DnsResolver dns, boolean applied) {
            pool = PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(dns).build();
            var b = HttpClients.custom().setConnectionManager(pool);
            client = strategy == null ? b.disableAutomaticRetries().build()
                    : applied ? ((StatusCodeRetryStrategy) strategy).applyTo(b).build()
                    : b.setRetryStrategy(strategy).build();
        }

        @Override
        Result call(String method, String uri, String body) throws IOException {
            ClassicRequestBuilder rb = ClassicRequestBuilder.create(method).setUri(uri);
            if (body != null) {
                rb.setEntity(body, ContentType.TEXT_PLAIN);
            }
            return client.execute(rb.build(), response -> new Result(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
        }

        @Override
        PoolStats poolStats() {
            return pool.getTotalStats();
        }

        @Override
        public void close() {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    static final class Async extends TestClient {
        final PoolingAsyncClientConnectionManager pool;
        final CloseableHttpAsyncClient client;

        Async(HttpRequestRetryStrategy strategy, DnsResolver dns) {
            pool = PoolingAsyncClientConnectionManagerBuilder.create().setDnsResolver(dns).build();
            var b = HttpAsyncClients.custom().setConnectionManager(pool);
            // As the docs say: StatusCodeRetryStrategy.applyTo, with the step that discards a
            // retried body; any other strategy as HttpClient takes it.
            client = strategy == null ? b.disableAutomaticRetries().build()
                    : strategy instanceof StatusCodeRetryStrategy
                    ? ((StatusCodeRetryStrategy) strategy).applyTo(b).build()
                    : b.setRetryStrategy(strategy).build();
            client.start();
        }

        @Override
        Result call(String method, String uri, String body)
                throws InterruptedException, ExecutionException, TimeoutException {
            SimpleRequestBuilder rb = SimpleRequestBuilder.create(method).setUri(uri);
            if (body != null) {
                rb.setBody(body, ContentType.TEXT_PLAIN);
            }
            SimpleHttpResponse response = client.execute(rb.build(), null)
                    .get(30, TimeUnit.SECONDS);
            return new Result(response.getCode(),
                    response.getBodyText() == null ? "" : response.getBodyText());
        }

        @Override
        PoolStats poolStats() {
            return pool.getTotalStats();
        }

        @Override
        public void close() {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
