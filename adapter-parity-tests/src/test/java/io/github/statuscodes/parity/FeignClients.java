package io.github.statuscodes.parity;

import feign.Body;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Target;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.feign.StatusCodeCapability;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * OpenFeign with {@link StatusCodeCapability}, on each of its four clients as docs/feign.md sets
 * them up, reporting to core's listener: the default ({@code HttpURLConnection}), OkHttp
 * (defaults), Apache HttpClient 5 with
 * its own retries off, and the JDK client.
 */
final class FeignClients {
    private FeignClients() {
    }

    /** One method per HTTP method; the URI argument is the target. */
    interface Api {
        @RequestLine("GET")
        Response get(URI uri);

        @RequestLine("POST")
        @Body("x")
        Response post(URI uri);

        @RequestLine("PUT")
        @Body("x")
        Response put(URI uri);

        @RequestLine("DELETE")
        Response delete(URI uri);
    }

    static Client defaultClient(RetryPolicy policy, RetryListener listener) {
        return open(new feign.Client.Default(null, null), policy, listener, null);
    }

    static Client okHttp(RetryPolicy policy, RetryListener listener) {
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient.Builder().build();
        return open(new feign.okhttp.OkHttpClient(ok), policy, listener, () -> {
            ok.dispatcher().executorService().shutdown();
            ok.connectionPool().evictAll();
        });
    }

    static Client httpClient5(RetryPolicy policy, RetryListener listener) {
        // docs/feign.md: HttpClient 5's own retries off, its step under decompression in.
        return httpClient5(policy, listener,
                StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom()).build());
    }

    static Client httpClient5(RetryPolicy policy, RetryListener listener, CloseableHttpClient hc) {
        return open(new ApacheHttp5Client(hc), policy, listener, () -> {
            try {
                hc.close();
            } catch (java.io.IOException ignored) {
                // closing a test client
            }
        });
    }

    static Client java11(RetryPolicy policy, RetryListener listener) {
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
        return open(new Http2Client(jdk), policy, listener, null);
    }

    private static Client open(feign.Client client, RetryPolicy policy, RetryListener listener,
            Runnable closer) {
        long timeout = Client.TIMEOUT.toMillis();
        Api api = Feign.builder().client(client)
                .options(new Request.Options(timeout, TimeUnit.MILLISECONDS, timeout,
                        TimeUnit.MILLISECONDS, true))
                .addCapability(StatusCodeCapability.create(policy, listener))
                .target(Target.EmptyTarget.create(Api.class));
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                // Feign holds every body as bytes: it has no one-shot kind (docs/feign.md).
                try (Response response = call(api, method, uri)) {
                    if (response.body() != null) {
                        response.body().asInputStream().readAllBytes();
                    }
                    return response.status();
                }
            }

            @Override
            public void close() {
                if (closer != null) {
                    closer.run();
                }
            }
        };
    }

    private static Response call(Api api, String method, URI uri) {
        switch (method) {
            case "GET":
                return api.get(uri);
            case "POST":
                return api.post(uri);
            case "PUT":
                return api.put(uri);
            case "DELETE":
                return api.delete(uri);
            default:
                throw new IllegalArgumentException("no Feign method for " + method);
        }
    }
}
