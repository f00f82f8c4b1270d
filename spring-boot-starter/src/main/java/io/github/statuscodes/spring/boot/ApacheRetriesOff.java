package io.github.statuscodes.spring.boot;

import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Turns off Apache HttpClient 5's own retries in the request factory and the connector that Boot
 * builds, so that a call makes exactly the retry policy's attempts: HttpClient's
 * {@code DefaultHttpRequestRetryStrategy} would otherwise retry a 429 or 503 (and some I/O
 * failures) underneath the statuscodes interceptor or filter, multiplying the attempts; the
 * classic client also gets {@code StatusCodeRetryStrategy.forOuterRetries}'s step. Installed
 * as Boot's {@code ClientHttpRequestFactoryBuilderCustomizer} and
 * {@code ClientHttpConnectorBuilderCustomizer} (by their Boot 3.5 and Boot 4 names); a builder
 * of another client (Jetty, Reactor Netty, the JDK's, the simple one) has no status retries and
 * is returned unchanged. Boot's builders by reflection, so that the module compiles against
 * neither Boot line's.
 */
final class ApacheRetriesOff {
    /** Boot 3.5 and Boot 4 names of the request factory builder customizer. */
    static final String[] REQUEST_FACTORY_CUSTOMIZER = {
        "org.springframework.boot.autoconfigure.http.client.ClientHttpRequestFactoryBuilderCustomizer",
        "org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer",
    };
    /** Boot 3.5 and Boot 4 names of the reactive connector builder customizer. */
    static final String[] CONNECTOR_CUSTOMIZER = {
        "org.springframework.boot.autoconfigure.http.client.reactive.ClientHttpConnectorBuilderCustomizer",
        "org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer",
    };
    static final String FACTORY_BUILDER =
            "org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder";
    static final String CONNECTOR_BUILDER =
            "org.springframework.boot.http.client.reactive.HttpComponentsClientHttpConnectorBuilder";

    private ApacheRetriesOff() {
    }

    /** Registers the two customizers, by the names of the Boot line on the class path. */
    static final class Registrar implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            ClassLoader loader = Registrar.class.getClassLoader();
            BootCustomizers.register(registry, loader, "statuscodes.apacheRetriesOff",
                    REQUEST_FACTORY_CUSTOMIZER, BootCustomizers.Customization.APACHE_RETRIES_OFF);
            BootCustomizers.register(registry, loader, "statuscodes.apacheRetriesOff",
                    CONNECTOR_CUSTOMIZER, BootCustomizers.Customization.APACHE_RETRIES_OFF);
        }
    }

    /**
     * {@return {@code builder} with HttpClient's automatic retries disabled when it builds an
     * Apache HttpClient 5; else {@code builder} itself}
     * @param builder Boot's request factory or connector builder
     * @throws IllegalStateException if the retries cannot be turned off
     */
    static Object customize(Object builder) {
        String name = builder.getClass().getName();
        if (!name.equals(FACTORY_BUILDER) && !name.equals(CONNECTOR_BUILDER)) {
            return builder;
        }
        Consumer<Object> off = ApacheRetriesOff::disableAutomaticRetries;
        return invoke(builder, "withHttpClientCustomizer", Consumer.class, off);
    }

    /**
     * On HttpClient 5's {@code HttpClientBuilder}, also the step that lets the interceptor abort
     * a retried body that HttpClient decompresses; on its {@code HttpAsyncClientBuilder}, the
     * retries only.
     */
    private static void disableAutomaticRetries(Object httpClientBuilder) {
        if (httpClientBuilder instanceof HttpClientBuilder) {
            forOuterRetries((HttpClientBuilder) httpClientBuilder);
        } else {
            invoke(httpClientBuilder, "disableAutomaticRetries", null, null);
        }
    }

    /**
     * {@code StatusCodeRetryStrategy.forOuterRetries} where the statuscodes-httpclient5 module is
     * there; on a module path that left it out ({@code requires static}), the retries only.
     */
    static HttpClientBuilder forOuterRetries(HttpClientBuilder builder) {
        return OUTER_STEP ? StatusCodeRetryStrategy.forOuterRetries(builder)
                : builder.disableAutomaticRetries();
    }

    private static final boolean OUTER_STEP = present(
            "io.github.statuscodes.httpclient5.StatusCodeRetryStrategy");

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ApacheRetriesOff.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Object invoke(Object target, String name, Class<?> type, Object arg) {
        try {
            if (type == null) {
                return target.getClass().getMethod(name).invoke(target);
            }
            Method m = target.getClass().getMethod(name, type);
            return m.invoke(target, arg);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("statuscodes cannot call " + name + " on "
                    + target.getClass().getName() + " to turn off Apache HttpClient's own "
                    + "retries, which would multiply the attempts; build the client with "
                    + "disableAutomaticRetries() or set statuscodes.retry.enabled=false", e);
        }
    }
}
