/** A user's module: reads the three statuscodes modules by their names. */
module consumer {
    requires io.github.statuscodes;
    requires io.github.statuscodes.okhttp;
    requires io.github.statuscodes.servlet;
    requires java.net.http;
    requires jdk.httpserver;
    requires micrometer.core;
}
