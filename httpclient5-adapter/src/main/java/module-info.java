/**
 * The Apache HttpClient 5 adapter of statuscodes:
 * {@link io.github.statuscodes.httpclient5.StatusCodeRetryStrategy}, an
 * {@code HttpRequestRetryStrategy} that retries by core's {@code RetryPolicy}.
 *
 * <p>HttpClient 5 is {@code provided}: the user's application brings its own (5.4 or later). Its
 * jars are automatic modules named by their manifests, hence the suppressed warnings; the
 * strategy's public API uses types of both.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.statuscodes.httpclient5 {
    // JSpecify nullness annotations: needed to compile, not at run time.
    requires static org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;

    exports io.github.statuscodes.httpclient5;
}
