/**
 * The Apache HttpClient 5 adapter of statuscodes. HttpClient 5 (5.4 or later) is the application's
 * own; its jars are automatic modules, hence the suppressed warnings. The module name ends in
 * a digit, as the artifact's and HttpClient's own do ("module" warning suppressed).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.statuscodes.httpclient5 {
    // JSpecify nullness annotations, part of the exported signatures: optional at run time.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;

    exports io.github.statuscodes.httpclient5;
}
