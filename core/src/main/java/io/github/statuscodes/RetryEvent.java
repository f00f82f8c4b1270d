package io.github.statuscodes;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One decision of a {@link RetryCall}, as a {@link RetryListener} sees it: the request, the
 * attempt, its outcome (a status code or a connect failure), the decision and the time elapsed.
 * Immutable.
 *
 * @since 0.3.0
 */
public final class RetryEvent {
    private final String method;
    private final URI uri;
    private final int attempt;
    private final @Nullable StatusCode code;
    private final @Nullable Throwable failure;
    private final RetryDecision decision;
    private final long elapsedNanos;

    RetryEvent(String method, URI uri, int attempt, @Nullable StatusCode code,
            @Nullable Throwable failure,
            RetryDecision decision, long elapsedNanos) {
        this.method = method;
        this.uri = uri;
        this.attempt = attempt;
        this.code = code;
        this.failure = failure;
        this.decision = decision;
        this.elapsedNanos = elapsedNanos;
    }

    /** {@return the request method, e.g. {@code "GET"}} */
    public String method() {
        return method;
    }

    /** {@return the request URI, as the adapter's client holds it} */
    public URI uri() {
        return uri;
    }

    /** {@return how many attempts the call has sent, this one included (1 or more)} */
    public int attempt() {
        return attempt;
    }

    /** {@return the resolved status code of the attempt's response; null after a connect failure} */
    public @Nullable StatusCode code() {
        return code;
    }

    /** {@return the connect failure of the attempt; null when it got a response} */
    public @Nullable Throwable failure() {
        return failure;
    }

    /** {@return the decision: a retry after a delay, or a stop with its reason} */
    public RetryDecision decision() {
        return decision;
    }

    /** {@return true for a retry, false for a give-up} */
    public boolean isRetry() {
        return decision.isRetry();
    }

    /** {@return the wait before the next attempt; zero for a give-up} */
    public Duration delay() {
        return decision.isRetry() ? decision.delay() : Duration.ZERO;
    }

    /** {@return why the call stopped; null for a retry} */
    public RetryDecision.@Nullable StopReason stopReason() {
        return decision.isRetry() ? null : decision.stopReason();
    }

    /** {@return the time since the call started, when the decision was made} */
    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos);
    }

    /** {@return e.g. {@code GET https://a.example/x attempt 1: 503 Service Unavailable (IANA) -> retry after PT0.1S}} */
    @Override
    public String toString() {
        return method + " " + uri + " attempt " + attempt + ": "
                + (code != null ? code : failure) + " -> " + decision;
    }
}
