package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The runtime hints ahead-of-time processing writes for an application with the starter (what
 * a native image is built with): every JDK proxy the starter makes in the running application,
 * and the types whose public methods it calls by reflection to turn off HttpClient 5's own
 * retries. Nothing here runs in a native image; the test checks the hints, not the image.
 */
class AheadOfTimeHintsTest {

    /** The interfaces of the starter's beans that are JDK proxies in the running application. */
    static List<Class<?>> proxiedInterfacesOfTheStartersBeans() {
        ConfigurableApplicationContext app = Apps.start(ClientApp.class, WebApplicationType.NONE);
        try {
            List<Class<?>> interfaces = new ArrayList<>();
            for (String name : app.getBeanDefinitionNames()) {
                if (!name.startsWith("statuscodes")) {
                    continue;
                }
                Object bean = app.getBean(name);
                if (Proxy.isProxyClass(bean.getClass())) {
                    interfaces.addAll(List.of(bean.getClass().getInterfaces()));
                }
            }
            return interfaces;
        } finally {
            app.close();
        }
    }

    @Test
    void everyJdkProxyOfTheStarterIsDeclared() {
        List<Class<?>> proxied = proxiedInterfacesOfTheStartersBeans();
        // RestClient, RestTemplate and WebClient customizers, the request factory and connector
        // builder customizers.
        assertThat(proxied).hasSize(5);
        RuntimeHints hints = AheadOfTimeProcessingTest.processAheadOfTimeForHints(Map.of());
        assertThat(proxied).allSatisfy(type -> assertThat(RuntimeHintsPredicates.proxies()
                .forInterfaces(type).test(hints)).as("proxy hint for %s", type).isTrue());
    }

    @Test
    void theBuildersWhoseRetriesAreTurnedOffAreOpenToReflection() {
        RuntimeHints hints = AheadOfTimeProcessingTest.processAheadOfTimeForHints(Map.of());
        for (Class<?> type : List.of(ClientHttpRequestFactoryBuilder.httpComponents().getClass(),
                ClientHttpConnectorBuilder.httpComponents().getClass(), HttpClientBuilder.class,
                HttpAsyncClientBuilder.class)) {
            assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(type))
                    .withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS).test(hints))
                    .as("reflection hint for %s", type).isTrue();
        }
    }

    @Test
    void withRetriesOffNoProxyIsDeclared() {
        RuntimeHints hints = AheadOfTimeProcessingTest.processAheadOfTimeForHints(
                Map.of("statuscodes.retry.enabled", "false"));
        assertThat(hints.proxies().jdkProxyHints()).noneMatch(h -> h.getProxiedInterfaces()
                .stream().anyMatch(t -> t.getName().startsWith("org.springframework.boot")));
    }
}
