package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.okhttp.RetryListener;
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

    static Client interceptor(RetryPolicy policy, GiveUps giveUps) {
        RetryListener listener = new RetryListener() {
            @Override
            public void onGiveUp(Request request, StatusCode code, int attempts,
                    GiveUpReason reason) {
                // README: the listener's CALL_TIMEOUT is the policy's DEADLINE.
                giveUps.record(reason == GiveUpReason.CALL_TIMEOUT ? StopReason.DEADLINE
                        : StopReason.valueOf(reason.name()), attempts);
            }
        };
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(StatusCodeInterceptor.builder().policy(policy).listener(listener)
                        .build())
                .callTimeout(Client.TIMEOUT)
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri) throws Exception {
                RequestBody body = Client.hasBody(method)
                        ? RequestBody.create("x", MediaType.get("text/plain")) : null;
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
}
