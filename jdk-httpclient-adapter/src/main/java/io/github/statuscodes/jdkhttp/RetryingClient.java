package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * The {@link HttpClient} that {@link RetryingHttpClient#wrap} returns: {@code send} and
 * {@code sendAsync} retry by the policy; every other method is the wrapped client's.
 */
final class RetryingClient extends HttpClient {
    /** The class of {@code BodyPublishers.fromPublisher(...)}: a body only its publisher knows. */
    private static final Class<?> FROM_PUBLISHER =
            BodyPublishers.fromPublisher(subscriber -> { }).getClass();
    /** The class of {@code BodyPublishers.ofByteArrays(...)}: an Iterable that may iterate once. */
    private static final Class<?> OF_BYTE_ARRAYS =
            BodyPublishers.ofByteArrays(java.util.List.of()).getClass();
    /**
     * The class of {@code BodyPublishers.concat(a, b)} (Java 16+; null before): its parts are not
     * visible and may be one-shot.
     */
    private static final @Nullable Class<?> CONCAT = concatClass();

    // HttpClient's lifecycle methods of Java 21 (shutdown, close, ...), absent from Java 11's API:
    // found at run time, so that closing the wrapper closes the wrapped client. Null before 21.
    private static final @Nullable MethodHandle SHUTDOWN = lifecycle("shutdown", void.class);
    private static final @Nullable MethodHandle SHUTDOWN_NOW = lifecycle("shutdownNow", void.class);
    private static final @Nullable MethodHandle IS_TERMINATED = lifecycle("isTerminated", boolean.class);
    private static final MethodHandle AWAIT_TERMINATION =
            lifecycle("awaitTermination", boolean.class, Duration.class);
    private static final @Nullable MethodHandle CLOSE = lifecycle("close", void.class);

    private final HttpClient delegate;
    private final RetryPolicy policy;
    private final RetryListener listener;

    RetryingClient(HttpClient delegate, RetryPolicy policy, RetryListener listener) {
        this.delegate = delegate;
        this.policy = policy;
        this.listener = listener;
    }

    HttpClient delegate() {
        return delegate;
    }

    /** The retry state of a new call of {@code request}; its clock starts now. */
    RetryCall newCall(HttpRequest request) {
        return policy.newCall(request.method(), request.uri(), isRepeatable(request), listener);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> responseBodyHandler)
            throws IOException, InterruptedException {
        Checks.notNull(request, "request");
        Checks.notNull(responseBodyHandler, "responseBodyHandler");
        RetryCall call = newCall(request);
        while (true) {
            Attempt<T> attempt = new Attempt<>(call, responseBodyHandler);
            HttpResponse<T> response;
            try {
                response = delegate.send(BoundedRequest.of(request, call), attempt);
            } catch (ConnectException | HttpConnectTimeoutException e) {
                RetryDecision d = call.onConnectFailure(e);
                if (!d.isRetry()) {
                    throw e;
                }
                TimeUnit.NANOSECONDS.sleep(d.delayNanos());
                continue;
            }
            if (!attempt.isRetry()) {
                return response;
            }
            try {
                // Throws InterruptedException at once when the thread is interrupted.
                TimeUnit.NANOSECONDS.sleep(attempt.delayNanos());
                attempt.discarded(call.nanosLeft()).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());   // never: it completes with null
            } finally {
                attempt.closeDiscarded();
            }
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            BodyHandler<T> responseBodyHandler) {
        Checks.notNull(request, "request");
        Checks.notNull(responseBodyHandler, "responseBodyHandler");
        return new AsyncCall<>(this, request, responseBodyHandler, null).start();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            BodyHandler<T> responseBodyHandler, PushPromiseHandler<T> pushPromiseHandler) {
        Checks.notNull(request, "request");
        Checks.notNull(responseBodyHandler, "responseBodyHandler");
        // The JDK accepts a null push promise handler: no push promises are then accepted.
        return new AsyncCall<>(this, request, responseBodyHandler, pushPromiseHandler).start();
    }

    /**
     * Whether the request's body can be sent again: none, or one of {@link BodyPublishers} but
     * {@code fromPublisher}, {@code ofByteArrays} and {@code concat} (docs/jdk-httpclient.md).
     */
    static boolean isRepeatable(HttpRequest request) {
        Optional<BodyPublisher> body = request.bodyPublisher();
        if (body.isEmpty()) {
            return true;
        }
        Class<?> type = body.get().getClass();
        return type.getModule() == HttpClient.class.getModule() && type != FROM_PUBLISHER
                && type != OF_BYTE_ARRAYS && type != CONCAT;
    }

    private static @Nullable Class<?> concatClass() {
        try {
            // Two parts: concat() of none or one returns noBody() or the part itself.
            Object concat = BodyPublishers.class.getMethod("concat", BodyPublisher[].class)
                    .invoke(null, (Object) new BodyPublisher[] {
                        BodyPublishers.noBody(), BodyPublishers.noBody()});
            return concat.getClass();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;   // before Java 16 there is no concat
        }
    }

    /** The failure itself, without the CompletionException or ExecutionException around it. */
    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static boolean isConnectFailure(Throwable t) {
        return t instanceof ConnectException || t instanceof HttpConnectTimeoutException;
    }

    // Everything else is the wrapped client's.

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** WebSockets are not retried: the wrapped client's builder. */
    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return delegate.newWebSocketBuilder();
    }

    // Java 21's lifecycle methods. Compiled for Java 11, they carry no @Override, yet on 21 and
    // later they override HttpClient's, whose defaults would leave the wrapped client open.

    /** Shuts the wrapped client down (Java 21+; nothing before). */
    public void shutdown() {
        invoke(SHUTDOWN);
    }

    /** Shuts the wrapped client down now (Java 21+; nothing before). */
    public void shutdownNow() {
        invoke(SHUTDOWN_NOW);
    }

    /** {@return whether the wrapped client has terminated (Java 21+; false before)} */
    public boolean isTerminated() {
        if (IS_TERMINATED == null) {
            return false;
        }
        try {
            return (boolean) IS_TERMINATED.invokeExact(delegate);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@return whether the wrapped client terminated within {@code duration} (Java 21+; true
     * before)}
     * @param duration the longest wait
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitTermination(Duration duration) throws InterruptedException {
        Checks.notNull(duration, "duration");
        if (AWAIT_TERMINATION == null) {
            return true;
        }
        try {
            return (boolean) AWAIT_TERMINATION.invokeExact(delegate, duration);
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Closes the wrapped client (Java 21+; nothing before). */
    public void close() {
        invoke(CLOSE);
    }

    private void invoke(MethodHandle handle) {
        if (handle == null) {
            return;
        }
        try {
            handle.invokeExact(delegate);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IllegalStateException(t);
    }

    private static @Nullable MethodHandle lifecycle(String name, Class<?> returns,
            Class<?>... params) {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, name,
                    MethodType.methodType(returns, params));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "RetryingHttpClient{" + delegate + ", " + policy + "}";
    }
}
