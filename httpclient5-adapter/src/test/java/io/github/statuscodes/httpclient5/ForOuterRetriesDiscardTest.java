package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.internal.Discards;
import io.github.statuscodes.testing.SlowBodyServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;

/**
 * A client built with {@code forOuterRetries}, driven as Spring's interceptor, Feign's capability
 * and Resilience4j drive it: a retried {@code 503} whose body (gzip, decompression on) trickles
 * one byte every 50 ms is discarded through core's {@code Discards}, then the response closed
 * (what the close throws dropped, as the adapters do).
 * Each discard is quick, and no connection stays leased, on a pool of two.
 */
class ForOuterRetriesDiscardTest {

    @Test
    void discardedGzipBodiesLeaveNoLeaseAndTakeNoTime() throws Exception {
        assertDiscardsAreQuickAndReleased(StatusCodeRetryStrategy::forOuterRetries);
    }

    @Test
    void forOuterRetriesTwiceOnOneBuilderStillDiscards() throws Exception {
        assertDiscardsAreQuickAndReleased(b -> StatusCodeRetryStrategy.forOuterRetries(
                StatusCodeRetryStrategy.forOuterRetries(b)));
    }

    /**
     * An application's own step below the protocol step (metrics, logging) that wraps the body,
     * added after {@code forOuterRetries} as the docs show the call: the discard is still quick.
     */
    @Test
    void anApplicationsBodyWrappingStepBelowDoesNotMakeADiscardDrain() throws Exception {
        ExecChainHandler wrapping = (request, scope, chain) -> {
            ClassicHttpResponse response = chain.proceed(request, scope);
            if (response.getEntity() != null) {
                response.setEntity(new HttpEntityWrapper(response.getEntity()) {
                    @Override
                    public InputStream getContent() throws IOException {
                        return new FilterInputStream(super.getContent()) { };   // counts bytes
                    }
                });
            }
            return response;
        };
        assertDiscardsAreQuickAndReleased(b -> StatusCodeRetryStrategy.forOuterRetries(b)
                .addExecInterceptorAfter(ChainElement.PROTOCOL.name(), "metrics", wrapping));
    }

    private static void assertDiscardsAreQuickAndReleased(UnaryOperator<HttpClientBuilder> setUp)
            throws Exception {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder
                .create().setMaxConnTotal(2).setMaxConnPerRoute(2).build();
        CloseableHttpClient client = setUp.apply(HttpClients.custom()
                .setConnectionManager(pool)).build();
        try (SlowBodyServer server = SlowBodyServer.gzip()) {
            String uri = "http://127.0.0.1:" + server.port() + "/";
            CompletableFuture<Void> rounds = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 6; i++) {
                    try {
                        ClassicHttpResponse r = client.executeOpen(null,
                                ClassicRequestBuilder.get(uri).build(), null);
                        Discards.discard(r.getEntity().getContent());
                        try {
                            r.close();   // the adapters drop what this throws, as here
                        } catch (IOException e) {
                            // the aborted connection's socket is closed already
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });

            rounds.get(10, TimeUnit.SECONDS);   // six rounds through a pool of two
            assertThat(server.requests()).isEqualTo(6);
            assertThat(pool.getTotalStats().getLeased()).as("leased after the discards")
                    .isZero();
            assertThat(Discards.isDiscarding()).isFalse();
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
