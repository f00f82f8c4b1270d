package io.github.statuscodes.resilience4j;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the policy needs from one client's response type: the status, a header, and the
 * request method when the response carries it. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * ResponseAccess<HttpResponse<?>> jdk = ResponseAccess.jdk();
 * ResponseAccess<ResponseEntity<?>> spring = ResponseAccess.springEntity("GET");
 * }</pre>
 *
 * @param <T> the response type
 * @since 0.3.0
 */
public interface ResponseAccess<T> {

    /**
     * Returns the response's status number.
     *
     * @param response a response
     * @return the status, any int
     */
    int status(T response);

    /**
     * Returns a header of the response, repeated values joined with {@code ", "}.
     *
     * @param response a response
     * @param name the header name, any case
     * @return the value; null when absent
     */
    @Nullable String header(T response, String name);

    /**
     * Returns the method of the request the response answers, or null when the response does
     * not say; the policy then treats the request as not idempotent (as a POST).
     *
     * @param response a response
     * @return the method, e.g. {@code "GET"}; null when unknown
     */
    @Nullable String method(T response);

    /**
     * Returns the URI of the request the response answers, for the listener's events; null when
     * the response does not say (the events then carry an empty URI).
     *
     * @param response a response
     * @return the URI; null when unknown
     * @since 0.3.0
     */
    default @Nullable URI uri(T response) {
        return null;
    }

    /**
     * Releases a response that is retried, before the next attempt: it never reaches the
     * caller, so nobody else can. The accesses of this interface read what is already there of
     * a streamed body (at most 64 KiB) and close it, aborting HttpClient 5's connection where a
     * close would read the body to its end; a body already read as a whole is left as it is.
     * The last response is never released. What the client throws is dropped. The default does
     * nothing: override it where your response type holds a connection.
     *
     * @param response a response that is about to be retried
     * @since 0.3.0
     */
    default void release(T response) {
    }

    /**
     * Returns an access that reads each response as its type says: the JDK's, OkHttp's, Spring's
     * and HttpClient 5's, each read only when its client is on the class path. Spring's and
     * HttpClient 5's responses do not carry their method, so they count as a POST (a 500 or a 520
     * is then not retried; give the method with {@link #springEntity} or {@link #httpClient5}
     * where you know it). Any other result has no status and is not retried. For configs whose
     * result type is not known in advance, e.g. Boot's {@code RetryConfigCustomizer}.
     *
     * @return the access
     * @since 0.3.0
     */
    static ResponseAccess<Object> any() {
        return AnyAccess.INSTANCE;
    }

    /** {@return the JDK client's {@code java.net.http.HttpResponse}; it carries its request} */
    static ResponseAccess<java.net.http.HttpResponse<?>> jdk() {
        return JdkAccess.INSTANCE;
    }

    /** {@return OkHttp's {@code okhttp3.Response}; it carries its request} */
    static ResponseAccess<okhttp3.Response> okHttp() {
        return OkHttpAccess.INSTANCE;
    }

    /**
     * Returns Spring's {@code ResponseEntity}, which does not carry its request.
     *
     * @param method the method of the requests the decorated call sends, e.g. {@code "GET"}
     * @return an access that gives {@code method} for every response
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    static ResponseAccess<org.springframework.http.ResponseEntity<?>> springEntity(
            String method) {
        return new SpringAccess.Entity(Checks.notEmpty(method, "method"));
    }

    /**
     * Returns Spring's {@code ClientHttpResponse}, which does not carry its request.
     *
     * @param method the method of the requests the decorated call sends, e.g. {@code "GET"}
     * @return an access that gives {@code method} for every response
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    static ResponseAccess<org.springframework.http.client.ClientHttpResponse> springClient(
            String method) {
        return new SpringAccess.Client(Checks.notEmpty(method, "method"));
    }

    /**
     * Returns Apache HttpClient 5's {@code HttpResponse} (classic and async), which does not
     * carry its request.
     *
     * @param method the method of the requests the decorated call sends, e.g. {@code "GET"}
     * @return an access that gives {@code method} for every response
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    static ResponseAccess<org.apache.hc.core5.http.HttpResponse> httpClient5(String method) {
        return new Hc5Access(Checks.notEmpty(method, "method"));
    }
}
