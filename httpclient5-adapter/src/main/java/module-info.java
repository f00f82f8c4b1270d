/**
 * The Apache HttpClient 5 adapter of statuscodes. HttpClient 5 (5.4 or later) is the application's
 * own; its jars are automatic modules, hence the suppressed warnings.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.statuscodes.httpclient5 {
    requires static org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;

    exports io.github.statuscodes.httpclient5;
}
