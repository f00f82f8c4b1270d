package io.github.statuscodes.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The application's own retry beans, found by what they are rather than by how they are
 * declared: a {@code StatusCodeRetryInterceptor} declared as a
 * {@code ClientHttpRequestInterceptor} bean is one too. The starter's own default bean is not.
 */
final class OwnRetryBeans {
    private OwnRetryBeans() {
    }

    /**
     * The singleton beans of {@code declared} (created if need be) that are instances of
     * {@code retryType}, other than {@code startersBean}, by name in declaration order.
     */
    static Map<String, Object> of(ListableBeanFactory beans, Class<?> declared,
            Class<?> retryType, String startersBean) {
        Map<String, Object> own = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : beans.getBeansOfType(declared, false, true).entrySet()) {
            if (!e.getKey().equals(startersBean) && retryType.isInstance(e.getValue())) {
                own.put(e.getKey(), e.getValue());
            }
        }
        return own;
    }
}
