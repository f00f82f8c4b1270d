/**
 * The JDK HttpClient adapter of statuscodes:
 * {@link io.github.statuscodes.jdkhttp.RetryingHttpClient} wraps a {@code java.net.http.HttpClient}
 * into one that retries by the status code's retryability. Needs nothing but core and the JDK.
 */
module io.github.statuscodes.jdkhttp {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive java.net.http;

    exports io.github.statuscodes.jdkhttp;
}
