package io.github.statuscodes.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.ConnectFailures;
import io.github.statuscodes.internal.Discards;
import io.github.statuscodes.internal.OkHttpRetryAfterFailures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The Feign client that {@link StatusCodeCapability} puts around the user's: one call, one loop. */
final class RetryingClient implements Client {
    private final Client delegate;
    private final RetryPolicy policy;
    private final RetryListener listener;
    /**
     * Whether OkHttp underneath, also under delegating clients, resends some responses on its
     * own (see OkHttpResends and Underneath).
     */
    private final boolean okHttp;
    /** Whether the client applies a connect timeout per request without building a client. */
    private final boolean connectPerRequest;

    /** Whether a second capability on the same builder was logged. */
    private final AtomicBoolean ignoredLogged = new AtomicBoolean();

    RetryingClient(Client delegate, RetryPolicy policy, RetryListener listener) {
        this.delegate = delegate;
        this.policy = policy;
        this.listener = listener;
        this.okHttp = Underneath.okHttp(delegate);
        Client sender = Underneath.sender(delegate);
        this.connectPerRequest = sender != null && connectPerRequest(sender);
    }

    /**
     * The default client sets it on each connection, HttpClient 5 in each request's config, and
     * OkHttp on a per-request {@code newBuilder()} that shares the pool. {@code feign-java11}
     * builds and keeps a JDK client for each connect timeout, and other clients are unknown: for
     * them only the read timeout is bounded (the JDK's request timeout counts the connect too).
     */
    private static boolean connectPerRequest(Client delegate) {
        if (delegate instanceof Client.Default) {
            return true;
        }
        String name = delegate.getClass().getName();
        return name.equals(Underneath.FEIGN_OKHTTP_CLIENT)
                || name.equals(Underneath.FEIGN_HC5_CLIENT);
    }

    /** Logs, once, that {@code capability} came second on this client's builder. */
    void ignore(StatusCodeCapability capability) {
        if (ignoredLogged.compareAndSet(false, true)) {
            System.getLogger("io.github.statuscodes.feign").log(System.Logger.Level.WARNING,
                    "A second StatusCodeCapability on one Feign builder is ignored: the client"
                    + " {0} already retries as {1}; {2} is not used. Add one"
                    + " StatusCodeCapability per builder", delegate, policy, capability);
        }
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        // Feign holds the body as bytes (or none): it can always be sent again.
        RetryCall call = policy.newCall(request.httpMethod().name(), uri(request), true, listener);
        while (true) {
            Response response;
            try {
                // Each attempt has at most what is left of the call timeout.
                response = delegate.execute(request,
                        AttemptOptions.of(options, call, connectPerRequest));
            } catch (IOException e) {
                if (!ConnectFailures.isConnectFailure(e)) {
                    throw e;   // the request may have reached the server: never resent
                }
                RetryDecision d = call.onConnectFailure(e);
                if (!d.isRetry()) {
                    throw e;
                }
                sleep(d.delayNanos(), "a failed connect");
                continue;
            } catch (NumberFormatException e) {
                // OkHttp underneath could not read a 503's Retry-After (docs/feign.md).
                ProtocolException unread = OkHttpRetryAfterFailures.translate(e,
                        request.httpMethod().name(), request.url());
                if (unread == null) {
                    throw e;
                }
                throw unread;
            }
            Function<String, @Nullable String> headers = headers(response.headers());
            if (okHttp && OkHttpResends.inferred(response.status(), headers) > 0) {
                // The response OkHttp resent after was the same: report it as the retry it was.
                call.onClientResend(response.status(), headers);
            }
            RetryDecision d;
            try {
                d = call.onResponse(response.status(), headers);
            } catch (RuntimeException | Error e) {
                response.close();   // the policy's retry predicate, random source or clock failed
                throw e;
            }
            if (!d.isRetry()) {
                return response;
            }
            discard(response);
            sleep(d.delayNanos(), call.code());
        }
    }

    /**
     * Reads what is already there of the body (at most 64 KiB), aborts HttpClient 5's connection
     * (its close would drain the body), then closes: a retried body is never drained, however
     * slow or long.
     */
    static void discard(Response response) {
        Response.Body body = response.body();
        if (body != null) {
            try {
                Discards.discard(body.asInputStream());
            } catch (IOException | RuntimeException e) {
                // Best effort: the response is closed below in any case.
            }
        }
        response.close();
    }

    private static URI uri(Request request) {
        try {
            return URI.create(request.url());
        } catch (IllegalArgumentException e) {
            return URI.create("feign:unparsed");   // only the listener sees it
        }
    }

    /** Feign's response headers are a case-insensitive map; repeated values are joined. */
    static Function<String, @Nullable String> headers(Map<String, Collection<String>> headers) {
        return name -> {
            Collection<String> values = headers.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            return values.size() == 1 ? values.iterator().next() : String.join(", ", values);
        };
    }

    private static void sleep(long nanos, Object cause) throws InterruptedIOException {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException ie = new InterruptedIOException("interrupted while waiting "
                    + Duration.ofNanos(nanos) + " to retry after " + cause);
            ie.initCause(e);
            throw ie;
        }
    }

    @Override
    public String toString() {
        return "RetryingClient{" + delegate + ", " + policy + "}";
    }
}
