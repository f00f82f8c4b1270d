package io.github.statuscodes.spring.boot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Registers beans of Spring Boot's client customizer interfaces, which moved between Boot lines:
 * Boot 3 has {@code org.springframework.boot.web.client.RestClientCustomizer}, Boot 4
 * {@code org.springframework.boot.restclient.RestClientCustomizer}, and so on. This is the only
 * line-specific code of the module: each interface present is implemented by a JDK proxy whose
 * single {@code customize} method hands its argument to a {@link Consumer}, so one jar serves
 * both lines without compiling against either's customizer types.
 */
final class BootCustomizers {

    /** Boot 3.x and Boot 4.x names of the RestClient customizer. */
    static final String[] REST_CLIENT = {
        "org.springframework.boot.web.client.RestClientCustomizer",
        "org.springframework.boot.restclient.RestClientCustomizer",
    };
    /** Boot 3.x and Boot 4.x names of the RestTemplate customizer. */
    static final String[] REST_TEMPLATE = {
        "org.springframework.boot.web.client.RestTemplateCustomizer",
        "org.springframework.boot.restclient.RestTemplateCustomizer",
    };
    /** Boot 3.x and Boot 4.x names of the WebClient customizer. */
    static final String[] WEB_CLIENT = {
        "org.springframework.boot.web.reactive.function.client.WebClientCustomizer",
        "org.springframework.boot.webclient.WebClientCustomizer",
    };

    private BootCustomizers() {
    }

    /**
     * Registers one bean per interface of {@code names} present on the class path, each calling
     * {@code customizer} with the object to customize.
     */
    static void register(BeanDefinitionRegistry registry, ClassLoader loader, String beanPrefix,
            String[] names, Supplier<Consumer<Object>> customizer) {
        for (String name : names) {
            if (!ClassUtils.isPresent(name, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(name, loader);
            String beanName = beanPrefix + "." + type.getSimpleName() + "." + (name.hashCode() & 0xffff);
            if (registry.containsBeanDefinition(beanName)) {
                continue;
            }
            registry.registerBeanDefinition(beanName, definition(type, customizer));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RootBeanDefinition definition(Class<?> type,
            Supplier<Consumer<Object>> customizer) {
        Supplier<Object> supplier = () -> proxy(type, customizer);
        RootBeanDefinition definition = new RootBeanDefinition((Class) type, (Supplier) supplier);
        definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
        return definition;
    }

    static Object proxy(Class<?> type, Supplier<Consumer<Object>> customizer) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) {
                switch (method.getName()) {
                    case "customize":
                        customizer.get().accept(args[0]);
                        return null;
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                        return "statuscodes " + type.getSimpleName();
                    default:
                        throw new UnsupportedOperationException(method.toString());
                }
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
