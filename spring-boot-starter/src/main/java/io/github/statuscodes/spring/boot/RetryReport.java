package io.github.statuscodes.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * The start-up INFO line: once every bean exists, which of Boot's client builders got the
 * starter's retries with the effective policy of each client, and which were left to the
 * application's own interceptor or filter bean.
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
    }

    String line() {
        List<String> ours = new ArrayList<>();
        List<String> left = new ArrayList<>();
        builder("RestClient, RestTemplate", ROUTING_INTERCEPTOR,
                "io.github.statuscodes.spring.StatusCodeRetryInterceptor", ours, left);
        builder("WebClient", ROUTING_FILTER, "io.github.statuscodes.spring.StatusCodeRetryFilter",
                ours, left);
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

    /** Adds {@code name} to {@code ours}, or what the application's own bean does to {@code left}. */
    private void builder(String name, String routingBean, String ownType, List<String> ours,
            List<String> left) {
        if (beans.containsBean(routingBean)) {
            ours.add(name);
            return;
        }
        ClassLoader loader = RetryReport.class.getClassLoader();
        if (!ClassUtils.isPresent(ownType, loader)) {
            return;
        }
        String[] own = beans.getBeanNamesForType(ClassUtils.resolveClassName(ownType, loader),
                false, false);
        if (own.length > 0) {
            List<String> described = new ArrayList<>();
            for (String b : own) {
                described.add("'" + b + "' " + beans.getBean(b));
            }
            left.add(name + ": nothing from statuscodes; the application's own bean "
                    + String.join(", ", described) + " retries where the application adds it");
        }
    }
}
