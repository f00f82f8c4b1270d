/** A user's module: reads the statuscodes modules by their names. */
module consumer {
    requires io.github.statuscodes;
    requires io.github.statuscodes.okhttp;
    requires io.github.statuscodes.servlet;
    requires io.github.statuscodes.jdkhttp;
    requires io.github.statuscodes.httpclient5;
    requires io.github.statuscodes.spring;
    requires io.github.statuscodes.feign;
    requires feign.hc5;
    requires io.github.statuscodes.resilience4j;
    requires spring.web;
    requires spring.webflux;
    requires reactor.core;
    requires java.net.http;
    requires jdk.httpserver;
    requires micrometer.core;
}
