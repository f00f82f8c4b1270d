package io.github.statuscodes.spring.boot;

import java.util.ArrayList;
import java.util.List;
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
     * The names and instances, as {@code 'name' instance}, of the singleton beans of
     * {@code declared} (created if need be) that are instances of {@code retryType}, other than
     * {@code startersBean}.
     */
    static List<String> of(ListableBeanFactory beans, Class<?> declared, Class<?> retryType,
            String startersBean) {
        List<String> own = new ArrayList<>();
        for (Map.Entry<String, ?> e : beans.getBeansOfType(declared, false, true).entrySet()) {
            if (!e.getKey().equals(startersBean) && retryType.isInstance(e.getValue())) {
                own.add("'" + e.getKey() + "' " + e.getValue());
            }
        }
        return own;
    }
}
