/**
 * The Spring adapter of statuscodes: retries for {@code RestClient}, {@code RestTemplate} and
 * {@code WebClient}, bridges to Spring's status and problem types, Micrometer observation
 * conventions, and Spring Boot auto-configuration.
 *
 * <p>Every platform module is {@code requires static}: a class that uses one is loaded only when
 * the application has it (a {@code RestClient} user needs no Reactor, a user without Boot needs no
 * Boot). Spring's jars are automatic modules, hence the suppressed warning.
 */
@SuppressWarnings("requires-automatic")
module io.github.statuscodes.spring {
    // JSpecify nullness annotations: needed to compile, not at run time.
    requires static org.jspecify;
    requires transitive io.github.statuscodes;
    requires static spring.core;
    requires static spring.beans;
    requires static spring.context;
    requires static spring.web;
    requires static spring.webflux;
    requires static reactor.core;
    requires static org.reactivestreams;
    requires static micrometer.observation;
    requires static micrometer.core;
    requires static micrometer.commons;
    requires static spring.boot;
    requires static spring.boot.autoconfigure;
    requires static io.github.statuscodes.servlet;
    requires static jakarta.servlet;

    exports io.github.statuscodes.spring;
    exports io.github.statuscodes.spring.boot;
    // Spring instantiates the auto-configuration and binds the properties by reflection.
    opens io.github.statuscodes.spring.boot to spring.core, spring.beans, spring.context, spring.boot;
}
