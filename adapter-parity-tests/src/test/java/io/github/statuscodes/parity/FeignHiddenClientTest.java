package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Target;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.feign.StatusCodeCapability;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/feign.md: a client the capability cannot see through counts as OkHttp when feign-okhttp
 * is on the class path (it is here), so that OkHttp's resends never add attempts; over a client
 * that does not resend, that costs the call an attempt. A client it can see through is known.
 */
class FeignHiddenClientTest {

    interface Api {
        @RequestLine("GET")
        Response get(URI uri);
    }

    /** Hands each request to a client it holds in no {@code feign.Client} field. */
    static final class Hiding implements feign.Client {
        private final Supplier<feign.Client> delegate;

        Hiding(feign.Client delegate) {
            this.delegate = () -> delegate;
        }

        @Override
        public Response execute(Request request, Request.Options options) throws IOException {
            return delegate.get().execute(request, options);
        }
    }

    /** Hands each request on through a public {@code getDelegate()}, as Spring Cloud's do. */
    public static final class Getter implements feign.Client {
        private final Supplier<feign.Client> delegate;

        Getter(feign.Client delegate) {
            this.delegate = () -> delegate;
        }

        public feign.Client getDelegate() {
            return delegate.get();
        }

        @Override
        public Response execute(Request request, Request.Options options) throws IOException {
            return delegate.get().execute(request, options);
        }
    }

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private URI uri;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int requestsThrough(feign.Client client) {
        Api api = Feign.builder().client(client)
                .addCapability(StatusCodeCapability.create(RetryPolicy.defaults()))
                .target(Target.EmptyTarget.create(Api.class));
        requests.set(0);
        try (Response r = api.get(uri)) {
            assertThat(r.status()).isEqualTo(503);
        }
        return requests.get();
    }

    @Test
    void okHttpUnderAClientThatHidesItSendsNoMoreThanDirectly() {
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient();
        try {
            assertThat(requestsThrough(new Hiding(new feign.okhttp.OkHttpClient(ok))))
                    .isEqualTo(4);
        } finally {
            ok.dispatcher().executorService().shutdown();
            ok.connectionPool().evictAll();
        }
    }

    @Test
    void aHiddenClientThatDoesNotResendCostsTheCallAnAttempt() {
        // Each 503 Retry-After: 0 counts twice, as if OkHttp had resent it: 2 requests, not 3.
        assertThat(requestsThrough(new Hiding(new feign.Client.Default(null, null))))
                .isEqualTo(2);
    }

    @Test
    void aClientSeenThroughItsGetterIsKnown() {
        assertThat(requestsThrough(new Getter(new feign.Client.Default(null, null))))
                .isEqualTo(3);
    }
}
