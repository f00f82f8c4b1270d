package io.github.statuscodes.spring.boot.apps.resilience4j;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Resilience4j application as a user writes it: no bean of its own. */
@SpringBootApplication(proxyBeanMethods = false)
public class Resilience4jApp {
}
