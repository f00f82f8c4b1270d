package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Target;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.feign.StatusCodeCapability;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * docs/feign.md: on feign-okhttp a server that always answers {@code 503 Retry-After: 0} sees 4
 * requests for 3 attempts, OkHttp's own resend counted as a retry. The same must hold when the
 * OkHttp client reaches the capability inside another {@code feign.Client} (Spring Cloud
 * LoadBalancer's {@code FeignBlockingLoadBalancerClient} wraps every {@code @FeignClient}
 * without a {@code url}; tracing and metrics clients wrap it too).
 */
class FeignWrappedOkHttpTest {

    interface Api {
        @RequestLine("GET")
        Response get(URI uri);
    }

    /** A client that hands each request to another, as load-balancing and tracing clients do. */
    static final class Delegating implements feign.Client {
        private final feign.Client delegate;

        Delegating(feign.Client delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response execute(Request request, Request.Options options) throws IOException {
            return delegate.execute(request, options);
        }
    }

    @Test
    void okHttpUnderAWrappingClientSendsNoMoreThanTheDirectOne() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items");
            int[] counts = new int[2];
            int[] retries = new int[2];
            for (int wrapped = 0; wrapped < 2; wrapped++) {
                feign.Client okClient = new feign.okhttp.OkHttpClient(ok);
                List<RetryEvent> events = new CopyOnWriteArrayList<>();
                Api api = Feign.builder()
                        .client(wrapped == 1 ? new Delegating(okClient) : okClient)
                        .addCapability(StatusCodeCapability.create(RetryPolicy.defaults(),
                                new io.github.statuscodes.RetryListener() {
                                    @Override
                                    public void onRetry(RetryEvent e) {
                                        events.add(e);
                                    }
                                }))
                        .target(Target.EmptyTarget.create(Api.class));
                requests.set(0);
                try (Response r = api.get(uri)) {
                    assertThat(r.status()).isEqualTo(503);
                }
                counts[wrapped] = requests.get();
                retries[wrapped] = (int) events.stream().filter(RetryEvent::isRetry).count();
            }
            assertThat(counts[0]).as("direct feign-okhttp, as docs/feign.md says").isEqualTo(4);
            assertThat(counts[1]).as("feign-okhttp inside a delegating client")
                    .isEqualTo(counts[0]);
            // The events of every client (AdapterParityTest.okHttpsOwnResendIsTheOneKnownDifference,
            // docs/okhttp.md): OkHttp's resend in the first attempt is reported as retry 1, the
            // policy's retry as retry 2; its resend inside the last attempt is counted, not
            // reported (the policy would not have made it), and the give-up is at attempt 4.
            assertThat(retries[0]).as("retries reported directly, OkHttp's resend included")
                    .isEqualTo(counts[0] - 2);
            assertThat(retries[1]).as("retries reported under a delegating client")
                    .isEqualTo(retries[0]);
        } finally {
            ok.dispatcher().executorService().shutdown();
            ok.connectionPool().evictAll();
            server.stop(0);
        }
    }
}
