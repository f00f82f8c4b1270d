/**
 * The Spring Boot starter of statuscodes: auto-configuration of the Spring and servlet adapters,
 * the {@code statuscodes.*} properties, retry meters. Boot and the platform modules are
 * {@code requires static}: a class that uses one is loaded only when the application has it.
 * Spring's jars are automatic modules, hence the suppressed warning.
 */
@SuppressWarnings("requires-automatic")
module io.github.statuscodes.spring.boot {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes.spring;
    requires static spring.core;
    requires static spring.beans;
    requires static spring.context;
    requires static spring.web;
    requires static spring.webflux;
    requires static reactor.core;
    requires static org.reactivestreams;
    requires static micrometer.core;
    requires static micrometer.observation;
    requires static micrometer.commons;
    requires static spring.boot;
    requires static spring.boot.autoconfigure;
    requires static io.github.statuscodes.servlet;
    requires static jakarta.servlet;
    requires static spring.jcl;
    requires static io.github.statuscodes.feign;
    requires static feign.core;
    requires static spring.cloud.openfeign.core;
    requires static org.apache.httpcomponents.client5.httpclient5;
    requires static io.github.statuscodes.httpclient5;
    requires static io.github.statuscodes.resilience4j;
    requires static io.github.resilience4j.frameworkcommon;
    requires static io.github.resilience4j.retry;

    exports io.github.statuscodes.spring.boot;
    // Spring instantiates the auto-configuration and binds the properties by reflection.
    opens io.github.statuscodes.spring.boot to spring.core, spring.beans, spring.context, spring.boot;
}
