/**
 * The statuscodes core: the registry of HTTP status codes. No dependencies. The modules its
 * {@code internal} package is exported to are built after it ("module" warning suppressed).
 */
@SuppressWarnings("module")
module io.github.statuscodes {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    exports io.github.statuscodes;
    // Argument checks shared with the adapters; not an API.
    exports io.github.statuscodes.internal to
            io.github.statuscodes.servlet,
            io.github.statuscodes.okhttp,
            io.github.statuscodes.jdkhttp,
            io.github.statuscodes.httpclient5,
            io.github.statuscodes.spring,
            io.github.statuscodes.feign,
            io.github.statuscodes.resilience4j,
            io.github.statuscodes.spring.boot,
            io.github.statuscodes.cli;
}
