package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import java.net.http.HttpClient;

/**
 * Wraps a JDK {@link HttpClient} into one whose {@code send} and {@code sendAsync} retry by a
 * {@link RetryPolicy}; immutable and thread-safe, like the client it wraps.
 *
 * <pre>{@code
 * HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient());
 * }</pre>
 *
 * <p>Waits, discarded responses, bodies, timeouts, cancellation and the JDK client's resends:
 * <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/jdk-httpclient.md">docs/jdk-httpclient.md</a>.
 *
 * @since 0.2.0
 */
public final class RetryingHttpClient {
    private RetryingHttpClient() {
    }

    /**
     * {@return {@code client}, retrying by {@link RetryPolicy#defaults()}}
     * @param client the client that sends each attempt
     * @throws NullPointerException if {@code client} is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by wrap)
     */
    public static HttpClient wrap(HttpClient client) {
        return wrap(client, RetryPolicy.defaults(), RetryListener.NONE);
    }

    /**
     * {@return {@code client}, retrying by {@code policy}}
     * @param client the client that sends each attempt
     * @param policy decides after each attempt
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by wrap)
     */
    public static HttpClient wrap(HttpClient client, RetryPolicy policy) {
        return wrap(client, policy, RetryListener.NONE);
    }

    /**
     * {@return {@code client}, retrying by {@code policy} and telling {@code listener} of each
     * retry and give-up}
     * @param client the client that sends each attempt
     * @param policy decides after each attempt
     * @param listener sees retries and give-ups; {@link RetryListener#NONE} for none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code client} already retries (was returned by wrap)
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
