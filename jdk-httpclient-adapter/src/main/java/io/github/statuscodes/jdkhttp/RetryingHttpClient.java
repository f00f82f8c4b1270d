package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import java.net.http.HttpClient;

/**
 * Wraps a JDK {@link HttpClient} into one whose {@code send} and {@code sendAsync} retry by a
 * {@link RetryPolicy}: the status code's retryability (vendor-aware), idempotency, bounded
 * attempts, full-jitter backoff, {@code Retry-After} up to a cap, the policy's call timeout.
 * The returned client is immutable and thread-safe, like the one it wraps.
 *
 * <pre>{@code
 * HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient());
 * HttpResponse<String> response = client.send(
 *     HttpRequest.newBuilder(URI.create("https://api.example/orders/42")).build(),
 *     HttpResponse.BodyHandlers.ofString());   // a 503 was waited out and retried
 * }</pre>
 *
 * <p>Each attempt is decided from its status line and headers before its body is read (one
 * {@link io.github.statuscodes.RetryCall} per call): a response that will be retried ends the
 * attempt at once, its body is read and dropped during the wait up to 64 KiB and cancelled before
 * the next attempt, never buffered nor drained without bound; the response that is returned went
 * through the caller's body handler untouched. {@code send} waits on the calling
 * thread (an interrupt ends the wait at once with {@link InterruptedException});
 * {@code sendAsync} waits on no thread, and cancelling its future stops the retries and cancels
 * the attempt in flight. A connect failure ({@code ConnectException},
 * {@code HttpConnectTimeoutException}) is retried for any method; any other {@code IOException}
 * is thrown as the wrapped client threw it. Every other method is the wrapped client's. A
 * request body is sent again only when it comes from {@code HttpRequest.BodyPublishers} (or is
 * absent); {@code HttpRequest.timeout()} bounds each attempt and the policy's call timeout the
 * waits. Details, and how this adds to the JDK client's own resends: <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/jdk-httpclient.md">docs/jdk-httpclient.md</a>.
 *
 * @since 0.2.0
 */
public final class RetryingHttpClient {
    private RetryingHttpClient() {
    }

    /**
     * Wraps {@code client} with {@link RetryPolicy#defaults()}.
     *
     * @param client the client that sends each attempt
     * @return a client that retries
     * @throws NullPointerException if {@code client} is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by
     *     {@code wrap}): the attempts would multiply
     */
    public static HttpClient wrap(HttpClient client) {
        return wrap(client, RetryPolicy.defaults(), RetryListener.NONE);
    }

    /**
     * Wraps {@code client} with {@code policy}.
     *
     * @param client the client that sends each attempt
     * @param policy decides after each attempt
     * @return a client that retries
     * @throws NullPointerException if {@code client} or {@code policy} is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by
     *     {@code wrap}): the attempts would multiply
     */
    public static HttpClient wrap(HttpClient client, RetryPolicy policy) {
        return wrap(client, policy, RetryListener.NONE);
    }

    /**
     * Wraps {@code client} with {@code policy}, telling {@code listener} about each retry and
     * give-up.
     *
     * @param client the client that sends each attempt
     * @param policy decides after each attempt
     * @param listener sees retries and give-ups; {@link RetryListener#NONE} for none
     * @return a client that retries
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by
     *     {@code wrap}): the attempts would multiply
     * @since 0.3.0 (0.2.0 took a {@code RetryListener} of this package)
     */
    public static HttpClient wrap(HttpClient client, RetryPolicy policy, RetryListener listener) {
        Checks.notNull(client, "client");
        Checks.notNull(policy, "policy");
        Checks.notNull(listener, "listener");
        if (client instanceof RetryingClient) {
            throw new IllegalArgumentException("client already retries (it was returned by"
                    + " RetryingHttpClient.wrap); wrap the original client once, or the attempts"
                    + " multiply");
        }
        return new RetryingClient(client, policy, listener);
    }
}
