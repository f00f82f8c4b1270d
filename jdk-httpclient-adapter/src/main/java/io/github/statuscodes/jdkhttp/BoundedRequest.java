package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.internal.Attempts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The request of one attempt, with what is left of the policy's call timeout as its timeout
 * where the request's own is longer or unset; everything else is the request's. (Java 16's
 * {@code HttpRequest.newBuilder(request, filter)} would copy it; this works on 11.)
 */
final class BoundedRequest extends HttpRequest {
    private final HttpRequest request;
    private final Duration timeout;

    private BoundedRequest(HttpRequest request, Duration timeout) {
        this.request = request;
        this.timeout = timeout;
    }

    /** {@code request} bounded by what is left of {@code call}; itself when nothing bounds it. */
    static HttpRequest of(HttpRequest request, RetryCall call) {
        long millis = Attempts.timeoutMillis(call.nanosLeft(), 0);
        if (millis == Long.MAX_VALUE) {
            return request;
        }
        Duration d = Duration.ofMillis(millis);
        Optional<Duration> own = request.timeout();
        if (own.isPresent() && own.get().compareTo(d) <= 0) {
            return request;
        }
        return new BoundedRequest(request, d);
    }

    @Override
    public Optional<BodyPublisher> bodyPublisher() {
        return request.bodyPublisher();
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public Optional<Duration> timeout() {
        return Optional.of(timeout);
    }

    @Override
    public boolean expectContinue() {
        return request.expectContinue();
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    @Override
    public Optional<HttpClient.Version> version() {
        return request.version();
    }

    @Override
    public HttpHeaders headers() {
        return request.headers();
    }

    @Override
    public String toString() {
        return request.toString();
    }
}
