/**
 * The Resilience4j adapter of statuscodes:
 * {@link io.github.statuscodes.resilience4j.StatusCodeRetryConfig}.
 *
 * <p>Resilience4j, OkHttp 4, spring-web and httpcore5 are automatic modules; the clients are
 * optional ({@code requires static}): only the responses of the clients present are read.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.statuscodes.resilience4j {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive io.github.resilience4j.retry;
    requires transitive io.github.resilience4j.core;
    requires transitive java.net.http;
    requires static okhttp3;
    requires static spring.web;
    requires static spring.core;
    requires static org.apache.httpcomponents.core5.httpcore5;

    exports io.github.statuscodes.resilience4j;
}
