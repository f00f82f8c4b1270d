package io.github.statuscodes.parity;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.okhttp.StatusCodeInterceptor;
import java.net.URI;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp with {@link StatusCodeInterceptor} as an application interceptor, defaults otherwise. */
final class OkHttpClients {
    private OkHttpClients() {
    }

    static Client interceptor(RetryPolicy policy, RetryListener listener) {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(StatusCodeInterceptor.create(policy, listener))
                .callTimeout(Client.TIMEOUT)
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                RequestBody body = !Client.hasBody(method) ? null
                        : oneShot ? new OneShot() : RequestBody.create("x", MediaType.get("text/plain"));
                Request request = new Request.Builder().url(uri.toString()).method(method, body)
                        .build();
                try (Response response = client.newCall(request).execute()) {
                    response.body().bytes();
                    return response.code();
                }
            }

            @Override
            public void close() {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
        };
    }

    /** OkHttp's one-shot body: {@link RequestBody#isOneShot()}. */
    private static final class OneShot extends RequestBody {
        @Override
        public MediaType contentType() {
            return MediaType.get("text/plain");
        }

        @Override
        public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("x");
        }

        @Override
        public boolean isOneShot() {
            return true;
        }
    }
}
