/**
 * The statuscodes core: the registry of HTTP status codes. No dependencies.
 */
module io.github.statuscodes {
    // JSpecify nullness annotations: needed to compile, not at run time.
    requires static org.jspecify;
    exports io.github.statuscodes;
    // Argument checks shared with the adapters; not an API.
    exports io.github.statuscodes.internal to
            io.github.statuscodes.servlet,
            io.github.statuscodes.okhttp,
            io.github.statuscodes.jdkhttp,
            io.github.statuscodes.httpclient5,
            io.github.statuscodes.spring,
            io.github.statuscodes.cli;
}
