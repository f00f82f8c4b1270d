package io.github.statuscodes.spring.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * The start-up INFO line: once every bean exists, which of Boot's client builders (those whose
 * customizer type is on the class path) got the starter's retries with the effective policy of
 * each client, and which were left to the application's own interceptor or filter bean; and a
 * WARN line naming the {@code statuscodes.retry.*} keys set that have no effect on those builders.
 */
final class RetryReport implements SmartInitializingSingleton {
    static final String ROUTING_INTERCEPTOR = "statusCodesRoutingRetryInterceptor";
    static final String ROUTING_FILTER = "statusCodesRoutingRetryFilter";
    private static final Log LOG = LogFactory.getLog(StatusCodesAutoConfiguration.class);

    private final ListableBeanFactory beans;

    RetryReport(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info(line());
        String warning = warning();
        if (warning != null) {
            LOG.warn(warning);
        }
    }

    String line() {
        return report(new ArrayList<>());
    }

    /**
     * {@return the keys set under {@code statuscodes.retry} that the builders left to the
     * application's own beans do not apply, with those beans; null when there are none}
     */
    @Nullable String warning() {
        List<String> winners = new ArrayList<>();
        report(winners);
        StatusCodesProperties.Retry retry = beans.getBean(StatusCodesProperties.class).getRetry();
        List<String> keys = new ArrayList<>(RetryClients.setOptions("statuscodes.retry", retry));
        retry.getClients().forEach((name, c) -> {
            String prefix = "statuscodes.retry.clients[" + name + "]";
            keys.addAll(RetryClients.setOptions(prefix, c));
            if (c.getBaseUrl() != null) {
                keys.add(prefix + ".base-url");
            }
        });
        if (winners.isEmpty() || keys.isEmpty()) {
            return null;
        }
        return String.join(", ", keys) + (keys.size() == 1 ? " has" : " have") + " no effect on "
                + String.join("; ", winners) + ". Set the options on that bean's policy, or "
                + "remove the bean to have the starter's retries there.";
    }

    /** The INFO line; adds to {@code winners} each builder left to own beans, with their names. */
    private String report(List<String> winners) {
        List<String> ours = new ArrayList<>();
        List<String> left = new ArrayList<>();
        builder(present(BootCustomizers.REST_CLIENT, "RestClient", BootCustomizers.REST_TEMPLATE,
                "RestTemplate"), ROUTING_INTERCEPTOR,
                "org.springframework.http.client.ClientHttpRequestInterceptor",
                "io.github.statuscodes.spring.StatusCodeRetryInterceptor",
                StatusCodesAutoConfiguration.DEFAULT_INTERCEPTOR, ours, left, winners);
        builder(present(BootCustomizers.WEB_CLIENT, "WebClient", null, null), ROUTING_FILTER,
                "org.springframework.web.reactive.function.client.ExchangeFilterFunction",
                "io.github.statuscodes.spring.StatusCodeRetryFilter",
                StatusCodesAutoConfiguration.DEFAULT_FILTER, ours, left, winners);
        StringBuilder s = new StringBuilder("statuscodes retries of Boot's HTTP clients");
        if (ours.isEmpty()) {
            s.append(": none");
        } else {
            s.append(" (").append(String.join(", ", ours)).append("): ")
                    .append(beans.getBean(RetryClients.class));
        }
        for (String l : left) {
            s.append("; ").append(l);
        }
        return s.toString();
    }

    /**
     * The builders named {@code first} and {@code second} whose Boot customizer type (by either
     * Boot line's name) is on the class path, comma-separated; empty for none.
     */
    private static String present(String[] firstTypes, String first,
            String @Nullable [] secondTypes, @Nullable String second) {
        List<String> names = new ArrayList<>();
        if (anyPresent(firstTypes)) {
            names.add(first);
        }
        if (secondTypes != null && second != null && anyPresent(secondTypes)) {
            names.add(second);
        }
        return String.join(", ", names);
    }

    private static boolean anyPresent(String[] types) {
        for (String t : types) {
            if (ClassUtils.isPresent(t, RetryReport.class.getClassLoader())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds {@code name} to {@code ours}, or what the application's own bean does to {@code left}:
     * the starter's customizers add nothing when the application has a retry bean of its own,
     * declared by its class or by the wider {@code declaredType}.
     */
    private void builder(String name, String routingBean, String declaredType, String ownType,
            String startersBean, List<String> ours, List<String> left, List<String> winners) {
        ClassLoader loader = RetryReport.class.getClassLoader();
        if (name.isEmpty() || !ClassUtils.isPresent(ownType, loader) || !ClassUtils.isPresent(declaredType, loader)) {
            return;
        }
        Map<String, ?> own = OwnRetryBeans.of(beans,
                ClassUtils.resolveClassName(declaredType, loader),
                ClassUtils.resolveClassName(ownType, loader), startersBean);
        if (!own.isEmpty()) {
            winners.add(name + " (the application's bean " + own.keySet().stream()
                    .map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + ")");
            left.add(name + ": nothing from statuscodes; the application's own bean "
                    + own.entrySet().stream().map(e -> "'" + e.getKey() + "' " + e.getValue())
                            .collect(Collectors.joining(", ")) + " retries where the application adds it");
        } else if (beans.containsBean(routingBean)) {
            ours.add(name);
        }
    }
}
