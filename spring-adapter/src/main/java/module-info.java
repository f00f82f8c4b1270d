/**
 * The Spring adapter of statuscodes: retries for {@code RestClient}, {@code RestTemplate} and
 * {@code WebClient}, bridges to Spring's status and problem types, Micrometer observation
 * conventions. Plain Spring Framework: the Spring Boot auto-configuration is
 * {@code statuscodes-spring-boot-starter}.
 *
 * <p>Every platform module is {@code requires static}: a class that uses one is loaded only when
 * the application has it (a {@code RestClient} user needs no Reactor). Spring's jars are
 * automatic modules, hence the suppressed warning.
 */
@SuppressWarnings("requires-automatic")
module io.github.statuscodes.spring {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires static spring.core;
    requires static spring.web;
    requires static spring.webflux;
    requires static reactor.core;
    requires static org.reactivestreams;
    requires static micrometer.observation;
    requires static micrometer.core;
    requires static micrometer.commons;
    requires static io.github.statuscodes.servlet;
    requires static jakarta.servlet;

    exports io.github.statuscodes.spring;
}
