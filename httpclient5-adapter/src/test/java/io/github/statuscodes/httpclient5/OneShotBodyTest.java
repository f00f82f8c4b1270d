package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.junit.jupiter.api.Test;

/** A request body that can be sent only once is never sent twice, by either client. */
class OneShotBodyTest extends ScriptedServerTest {
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    @Test
    void classicClientSendsAnInputStreamBodyOnceEvenOn503() throws Exception {
        server.always(503);
        byte[] body = "{\"order\":42}".getBytes(StandardCharsets.UTF_8);
        try (TestClient.Classic c = new TestClient.Classic(StatusCodeRetryStrategy.create(NO_WAIT),
                SystemDefaultDnsResolver.INSTANCE)) {
            int status = c.client.execute(ClassicRequestBuilder.put(server.uri("/orders/42"))
                    .setEntity(new InputStreamEntity(new ByteArrayInputStream(body), body.length,
                            ContentType.APPLICATION_JSON))
                    .build(), response -> response.getCode());

            assertThat(status).isEqualTo(503);
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(c.leasedWhenSettled()).isZero();
        }
    }

    @Test
    void classicClientSendsARepeatableBodyAgain() throws Exception {
        server.always(503);
        try (TestClient.Classic c = new TestClient.Classic(StatusCodeRetryStrategy.create(NO_WAIT),
                SystemDefaultDnsResolver.INSTANCE)) {
            c.call("PUT", server.uri("/orders/42"), "{\"order\":42}");

            assertThat(server.requestCount()).isEqualTo(3);
            assertThat(server.seen()).extracting(s -> s.body).containsOnly("{\"order\":42}");
        }
    }

    @Test
    void asyncClientSendsANonRepeatableProducerOnceEvenOn503() throws Exception {
        server.always(503);
        try (TestClient.Async c = new TestClient.Async(StatusCodeRetryStrategy.create(NO_WAIT),
                SystemDefaultDnsResolver.INSTANCE)) {
            AsyncEntityProducer oneShot = new OneShot(
                    AsyncEntityProducers.create("{\"order\":42}", ContentType.APPLICATION_JSON));
            SimpleHttpResponse r = c.client.execute(
                    AsyncRequestBuilder.put(server.uri("/orders/42")).setEntity(oneShot).build(),
                    SimpleResponseConsumer.create(), null).get(30, TimeUnit.SECONDS);

            assertThat(r.getCode()).isEqualTo(503);
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(c.leasedWhenSettled()).isZero();
        }
    }

    /** A producer that says it cannot start over, as a streamed upload's would. */
    private static final class OneShot implements AsyncEntityProducer {
        private final AsyncEntityProducer delegate;

        OneShot(AsyncEntityProducer delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public void failed(Exception cause) {
            delegate.failed(cause);
        }

        @Override
        public long getContentLength() {
            return delegate.getContentLength();
        }

        @Override
        public String getContentType() {
            return delegate.getContentType();
        }

        @Override
        public String getContentEncoding() {
            return delegate.getContentEncoding();
        }

        @Override
        public boolean isChunked() {
            return delegate.isChunked();
        }

        @Override
        public Set<String> getTrailerNames() {
            return delegate.getTrailerNames();
        }

        @Override
        public int available() {
            return delegate.available();
        }

        @Override
        public void produce(DataStreamChannel channel) throws IOException {
            delegate.produce(channel);
        }

        @Override
        public void releaseResources() {
            delegate.releaseResources();
        }
    }
}
