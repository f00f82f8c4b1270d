package io.github.statuscodes.spring.apps;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts real Spring Boot applications on a random loopback port. */
public final class Apps {
    private Apps() {
    }

    public static ConfigurableApplicationContext start(Class<?> app, WebApplicationType type,
            String... properties) {
        List<String> props = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
                "spring.main.banner-mode=off", "logging.level.root=WARN",
                "spring.jmx.enabled=false"));
        props.addAll(List.of(properties));
        return new SpringApplicationBuilder(app).web(type)
                .properties(props.toArray(new String[0])).run();
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
