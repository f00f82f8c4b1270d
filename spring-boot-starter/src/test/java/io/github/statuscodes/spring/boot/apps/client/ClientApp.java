package io.github.statuscodes.spring.boot.apps.client;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A Boot application without a server, for the clients Boot builds: nothing but auto-configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ClientApp {
}
