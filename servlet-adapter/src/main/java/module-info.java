/**
 * The statuscodes Jakarta Servlet 6 adapter: send a status code as an RFC 9457 problem response,
 * and record clients that went away before the response was complete.
 *
 * <p>The Servlet API is {@code provided} by the container at run time, so it is a plain
 * {@code requires}: the adapter cannot work without it.
 */
module io.github.statuscodes.servlet {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive jakarta.servlet;

    exports io.github.statuscodes.servlet;
}
