package io.github.statuscodes.spring.boot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Registers beans of Spring Boot's client customizer interfaces, which moved between Boot lines:
 * Boot 3 has {@code org.springframework.boot.web.client.RestClientCustomizer}, Boot 4
 * {@code org.springframework.boot.restclient.RestClientCustomizer}, and so on. This is the only
 * line-specific code of the module: each interface present is implemented by a JDK proxy whose
 * single {@code customize} method applies a {@link Customization}, so one jar serves both lines
 * without compiling against either's customizer types. The beans are {@link CustomizerFactoryBean}
 * definitions with two string arguments, which Spring's ahead-of-time processing can write as
 * code; {@link StatusCodesRuntimeHints} declares the proxies for a native image.
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
     * Registers one bean per interface of {@code names} present on the class path, each
     * applying {@code customization} to the object to customize.
     */
    static void register(BeanDefinitionRegistry registry, ClassLoader loader, String beanPrefix,
            String[] names, Customization customization) {
        for (String name : names) {
            if (!ClassUtils.isPresent(name, loader)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(name, loader);
            String beanName = beanPrefix + "." + type.getSimpleName() + "." + (name.hashCode() & 0xffff);
            if (registry.containsBeanDefinition(beanName)) {
                continue;
            }
            registry.registerBeanDefinition(beanName,
                    CustomizerFactoryBean.definition(type, customization));
        }
    }

    /**
     * {@return a JDK proxy of {@code type} whose {@code customize} applies {@code customization}
     * and returns its result when {@code customize} returns something}
     */
    static Object proxy(Class<?> type, UnaryOperator<Object> customization) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) {
                switch (method.getName()) {
                    case "customize":
                        Object r = customization.apply(args[0]);
                        return method.getReturnType() == void.class ? null : r;
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

    /**
     * What a customizer does to the builder or template it gets; each names the code it runs,
     * loaded only when it runs (a constant for a client that is not on the class path is never
     * applied).
     */
    enum Customization {
        /** The routing retry interceptor on a {@code RestClient.Builder}. */
        REST_CLIENT,
        /** The routing retry interceptor on a {@code RestTemplate}. */
        REST_TEMPLATE,
        /** The routing retry filter on a {@code WebClient.Builder}. */
        WEB_CLIENT,
        /** Apache HttpClient 5's own retries off on Boot's request factory or connector builder. */
        APACHE_RETRIES_OFF;

        /** {@return the customized object: {@code target}, or the builder that replaces it} */
        Object apply(BeanFactory beans, Object target) {
            switch (this) {
                case REST_CLIENT:
                    StatusCodesAutoConfiguration.RestCustomizerRegistrar.customizeRestClient(beans,
                            target);
                    return target;
                case REST_TEMPLATE:
                    StatusCodesAutoConfiguration.RestCustomizerRegistrar.customizeRestTemplate(
                            beans, target);
                    return target;
                case WEB_CLIENT:
                    StatusCodesAutoConfiguration.WebClientCustomizerRegistrar.customize(beans,
                            target);
                    return target;
                default:
                    return ApacheRetriesOff.customize(target);
            }
        }
    }
}
