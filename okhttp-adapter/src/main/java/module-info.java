/**
 * The OkHttp adapter of statuscodes: {@link io.github.statuscodes.okhttp.StatusCodeInterceptor},
 * an application interceptor that resolves each response to its {@code StatusCode} and retries by
 * the code's retryability.
 *
 * <p>{@code okhttp3} is OkHttp's module name in both lines: the automatic module name of the 4.x
 * jar and the {@code module-info} of the 5.x {@code okhttp-jvm} jar. On 4.x it (and okio) are
 * automatic modules, hence the suppressed warnings.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.statuscodes.okhttp {
    // JSpecify nullness annotations: needed to compile, not at run time.
    requires static org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive okhttp3;
    requires okio;

    exports io.github.statuscodes.okhttp;
}
