package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.boot.StatusCodesProperties.Client;
import io.github.statuscodes.spring.boot.StatusCodesProperties.PolicyOptions;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * The rules of the {@code statuscodes.*} values, checked when Boot binds them: each broken rule
 * becomes a field error on the property, which Boot's failure report prints with the property's
 * name, its value, where it was set and the rule ({@code Reason:}). The default policy is then
 * built once as a last check, so that a combination core refuses is reported too. A client's
 * options are checked here by themselves, and against what the client inherits by
 * {@link RetryClients}, once the default policy is known (it may be the application's bean).
 */
final class PropertyRules {
    private PropertyRules() {
    }

    static void check(StatusCodesProperties p, Errors errors) {
        StatusCodesProperties.Retry retry = p.getRetry();
        options("retry", retry, RetryPolicy.defaults(), errors);
        Map<String, String> baseUrls = new HashMap<>();
        for (Map.Entry<String, Client> e : retry.getClients().entrySet()) {
            String path = "retry.clients[" + e.getKey() + "]";
            Client c = e.getValue();
            // What a client inherits is known only once the default policy is (it may be the
            // application's bean): RetryClients checks the client against it.
            options(path, c, null, errors);
            baseUrl(path, e.getKey(), c.getBaseUrl(), baseUrls, errors);
        }
        int status = p.getClientDisconnect().getStatus();
        if (status < 100 || status > 999) {
            reject(errors, "client-disconnect.status", status,
                    "must be a status code from 100 to 999, e.g. 499 (nginx) or 460 (AWS ELB)");
        }
    }

    /**
     * Checks one set of options; unset ones inherit from {@code inherited}, or, when that is not
     * known yet (null), only what the options say by themselves is checked.
     */
    private static void options(String path, PolicyOptions o, @Nullable RetryPolicy inherited,
            Errors errors) {
        int before = errors.getErrorCount();
        Integer attempts = o.getMaxAttempts();
        if (attempts != null && attempts < 1) {
            reject(errors, path + ".max-attempts", attempts,
                    "must be 1 or more (1 sends each request once, without retries)");
        }
        notNegative(path + ".backoff-base", o.getBackoffBase(), "", errors);
        notNegative(path + ".backoff-max", o.getBackoffMax(), "", errors);
        notNegative(path + ".retry-after-max", o.getRetryAfterMax(), "", errors);
        notNegative(path + ".call-timeout", o.getCallTimeout(), " (0 means no limit)", errors);
        Duration base = o.getBackoffBase() != null ? o.getBackoffBase()
                : inherited != null ? inherited.backoffBase() : null;
        Duration max = o.getBackoffMax() != null ? o.getBackoffMax()
                : inherited != null ? inherited.backoffMax() : null;
        if (errors.getErrorCount() == before && base != null && max != null
                && base.compareTo(max) > 0) {
            boolean own = o.getBackoffBase() != null;
            reject(errors, path + (own ? ".backoff-base" : ".backoff-max"),
                    print(own ? base : max), "backoff-base (" + base
                    + ") must not be longer than backoff-max (" + max + "); raise "
                    + "backoff-max or lower backoff-base");
        }
        List<String> methods = o.getRetryNonIdempotent();
        if (methods != null) {
            try {
                RetryPolicy.builder().retryNonIdempotent(methods.toArray(new String[0]));
            } catch (IllegalArgumentException | NullPointerException e) {
                reject(errors, path + ".retry-non-idempotent", String.join(",", methods),
                        "must be HTTP method names such as POST or PATCH: " + e.getMessage());
                methods = null;
            }
        }
        if (methods != null) {
            for (String m : methods) {
                String upper = m.toUpperCase(Locale.ROOT);
                if (!upper.equals(m)) {
                    reject(errors, path + ".retry-non-idempotent", String.join(",", methods),
                            "HTTP methods are case-sensitive (RFC 9110, section 9.1) and the "
                            + "standard ones are upper case: '" + m + "' would match no "
                            + upper + " request; write " + upper);
                    break;
                }
            }
        }
        if (inherited != null && errors.getErrorCount() == before) {
            try {
                RetryClients.policy(o, inherited);
            } catch (IllegalArgumentException e) {
                reject(errors, path, null, e.getMessage());
            }
        }
    }

    private static void notNegative(String field, @Nullable Duration d, String note,
            Errors errors) {
        if (d != null && d.isNegative()) {
            reject(errors, field, print(d), "must be zero or more" + note);
        }
    }

    /**
     * Checks that {@code url} is an absolute http(s) URL that no other client has: a request
     * under it could belong to only one of them.
     */
    private static void baseUrl(String path, String client, @Nullable String url,
            Map<String, String> seen, Errors errors) {
        if (url == null) {
            return;
        }
        String key;
        try {
            key = BaseUrl.of(URI.create(url)).key();
        } catch (IllegalArgumentException e) {
            reject(errors, path + ".base-url", url,
                    "must be an absolute http or https URL, e.g. https://api.example.com/v1");
            return;
        }
        String other = seen.putIfAbsent(key, client);
        if (other != null) {
            reject(errors, path + ".base-url", url, "is also the base-url of client '" + other
                    + "' (statuscodes.retry.clients." + other + ".base-url); a request under "
                    + "it can belong to one client only: give each client its own base-url, or "
                    + "merge the two clients");
        }
    }

    /**
     * Adds an error on {@code field}, a property path in Boot's dashed form under
     * {@code statuscodes}, so that the report names the property as it is written and finds
     * where it was set.
     */
    private static void reject(Errors errors, String field, @Nullable Object value,
            String message) {
        if (errors instanceof BindingResult) {
            ((BindingResult) errors).addError(new FieldError(errors.getObjectName(), field, value,
                    false, new String[] {"statuscodes"}, null, message));
        } else {
            errors.reject("statuscodes", "statuscodes." + field + ": " + message);
        }
    }

    /** A duration as Boot's simple style writes it, in its largest exact unit: 30s, -1ms. */
    static String print(Duration d) {
        long ms = d.toMillis();
        if (ms == 0 || !Duration.ofMillis(ms).equals(d)) {
            return d.toString();
        }
        String[] units = {"d", "h", "m", "s"};
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L};
        for (int i = 0; i < units.length; i++) {
            if (ms % sizes[i] == 0) {
                return (ms / sizes[i]) + units[i];
            }
        }
        return ms + "ms";
    }

}
