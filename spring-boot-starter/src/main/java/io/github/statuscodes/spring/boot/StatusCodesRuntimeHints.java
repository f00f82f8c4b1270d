package io.github.statuscodes.spring.boot;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * What a native image needs of the starter beyond its bean definitions: the JDK proxies of
 * Boot's customizer interfaces ({@link BootCustomizers}), for the interfaces on the class path,
 * and the public methods {@link ApacheRetriesOff} calls by reflection on Boot's HttpClient 5
 * builders and HttpClient 5's own builders.
 */
final class StatusCodesRuntimeHints implements RuntimeHintsRegistrar {
    /** HttpClient 5's builders, on which {@code disableAutomaticRetries()} is called. */
    static final String[] HTTP_CLIENT_BUILDERS = {
        "org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
        "org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder",
    };

    StatusCodesRuntimeHints() {
    }

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        ClassLoader loader = classLoader != null ? classLoader
                : StatusCodesRuntimeHints.class.getClassLoader();
        for (String[] names : new String[][] {BootCustomizers.REST_CLIENT,
            BootCustomizers.REST_TEMPLATE, BootCustomizers.WEB_CLIENT,
            ApacheRetriesOff.REQUEST_FACTORY_CUSTOMIZER, ApacheRetriesOff.CONNECTOR_CUSTOMIZER}) {
            for (String name : names) {
                if (ClassUtils.isPresent(name, loader)) {
                    hints.proxies().registerJdkProxy(TypeReference.of(name));
                }
            }
        }
        for (String name : new String[] {ApacheRetriesOff.FACTORY_BUILDER,
            ApacheRetriesOff.CONNECTOR_BUILDER, HTTP_CLIENT_BUILDERS[0],
            HTTP_CLIENT_BUILDERS[1]}) {
            if (ClassUtils.isPresent(name, loader)) {
                hints.reflection().registerType(TypeReference.of(name),
                        MemberCategory.INVOKE_PUBLIC_METHODS);
            }
        }
    }
}
