package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code statuscodes.*} configuration properties. A mutable bean that Boot binds and
 * validates once at start-up ({@link PropertyRules}: a bad value stops the application with
 * Boot's failure report naming the property); an unknown {@code statuscodes.*} key stops it too.
 * Not for use by applications.
 *
 * <pre>{@code
 * statuscodes.retry.max-attempts=4
 * statuscodes.retry.clients.payments.base-url=https://pay.example.com/v1
 * statuscodes.retry.clients.payments.max-attempts=2
 * statuscodes.client-disconnect.status=460
 * }</pre>
 *
 * @since 0.2.0
 */
@ConfigurationProperties(prefix = "statuscodes", ignoreUnknownFields = false)
public class StatusCodesProperties implements Validator {
    /** Every option unset, as Boot binds {@code statuscodes.*} onto it. */
    public StatusCodesProperties() {
    }

    private final Retry retry = new Retry();
    private final ClientDisconnect clientDisconnect = new ClientDisconnect();
    private final Observation observation = new Observation();

    /** @return {@code statuscodes.retry.*} */
    public Retry getRetry() {
        return retry;
    }

    /** @return {@code statuscodes.client-disconnect.*} */
    public ClientDisconnect getClientDisconnect() {
        return clientDisconnect;
    }

    /** @return {@code statuscodes.observation.*} */
    public Observation getObservation() {
        return observation;
    }

    /**
     * Boot validates these properties with their own rules after binding.
     *
     * @param type the type Boot binds
     * @return whether it is these properties
     * @since 0.3.0
     */
    @Override
    public boolean supports(Class<?> type) {
        return StatusCodesProperties.class.isAssignableFrom(type);
    }

    /**
     * Checks the bound properties; each bad value becomes an error naming the property.
     *
     * @param target the bound properties
     * @param errors where the errors go
     * @since 0.3.0
     */
    @Override
    public void validate(Object target, Errors errors) {
        PropertyRules.check((StatusCodesProperties) target, errors);
    }

    /**
     * The options of one retry policy; each left unset takes the value of
     * {@code statuscodes.retry.*}, whose own unset options take {@link RetryPolicy#defaults()}'s.
     *
     * @since 0.3.0
     */
    public static class PolicyOptions {
        /** Every option unset (the policy's default applies). */
        public PolicyOptions() {
        }

        /** Most attempts per call, the first included; 1 turns retries off. Default 3. */
        private @Nullable Integer maxAttempts;
        /** Backoff ceiling of the first retry; it doubles with each retry up to backoff-max. Default 100ms. */
        private @Nullable Duration backoffBase;
        /** Largest backoff ceiling; not shorter than backoff-base. Default 20s. */
        private @Nullable Duration backoffMax;
        /** Whether each backoff is a random wait up to its ceiling (full jitter) rather than the ceiling itself. Default true. */
        private @Nullable Boolean jitter;
        /** Longest Retry-After honoured; a response asking for longer is returned at once. Default 20s. */
        private @Nullable Duration retryAfterMax;
        /** Longest a call may take, attempts and waits together; 0 for no limit. Default 0. */
        private @Nullable Duration callTimeout;
        /** Methods retried although not idempotent, e.g. POST (GET, HEAD, OPTIONS, TRACE, PUT and DELETE always are). Default none. */
        private @Nullable List<String> retryNonIdempotent;

        /** @return the most attempts per call; null when unset */
        public @Nullable Integer getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts 1 or more */
        public void setMaxAttempts(@Nullable Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the backoff ceiling of the first retry; null when unset */
        public @Nullable Duration getBackoffBase() {
            return backoffBase;
        }

        /** @param backoffBase zero or more, not longer than backoff-max */
        public void setBackoffBase(@Nullable Duration backoffBase) {
            this.backoffBase = backoffBase;
        }

        /** @return the largest backoff ceiling; null when unset */
        public @Nullable Duration getBackoffMax() {
            return backoffMax;
        }

        /** @param backoffMax zero or more */
        public void setBackoffMax(@Nullable Duration backoffMax) {
            this.backoffMax = backoffMax;
        }

        /** @return whether backoffs are jittered; null when unset */
        public @Nullable Boolean getJitter() {
            return jitter;
        }

        /** @param jitter false for waits of exactly the ceiling */
        public void setJitter(@Nullable Boolean jitter) {
            this.jitter = jitter;
        }

        /** @return the longest Retry-After honoured; null when unset */
        public @Nullable Duration getRetryAfterMax() {
            return retryAfterMax;
        }

        /** @param retryAfterMax zero or more */
        public void setRetryAfterMax(@Nullable Duration retryAfterMax) {
            this.retryAfterMax = retryAfterMax;
        }

        /** @return the call timeout; null when unset */
        public @Nullable Duration getCallTimeout() {
            return callTimeout;
        }

        /** @param callTimeout zero (none) or more */
        public void setCallTimeout(@Nullable Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        /** @return the non-idempotent methods that are retried; null when unset */
        public @Nullable List<String> getRetryNonIdempotent() {
            return retryNonIdempotent;
        }

        /** @param retryNonIdempotent method names, e.g. POST */
        public void setRetryNonIdempotent(@Nullable List<String> retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent == null ? null
                    : new ArrayList<>(retryNonIdempotent);
        }
    }

    /** {@code statuscodes.retry.*}: the retries of Boot's HTTP clients and their policies. */
    public static class Retry extends PolicyOptions {
        /** Every option unset, as Boot binds {@code statuscodes.retry.*} onto it. */
        public Retry() {
        }

        /** Whether to add the retry interceptor to RestClient.Builder and RestTemplateBuilder, and the retry filter to WebClient.Builder. */
        private boolean enabled = true;
        /** Per-client policies by a name of your choice; a client matches requests under its base-url, or without one, requests to the host named like the client. */
        private final Map<String, Client> clients = new LinkedHashMap<>();

        /** @return whether retries are installed */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled false to install nothing */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * @return the per-client policies by name
         * @since 0.3.0
         */
        public Map<String, Client> getClients() {
            return clients;
        }
    }

    /**
     * {@code statuscodes.retry.clients.<name>.*}: one client's policy.
     *
     * @since 0.3.0
     */
    public static class Client extends PolicyOptions {
        /** Every option unset (the retry options apply). */
        public Client() {
        }

        /** Requests whose URI starts with this URL use this client's policy, e.g. https://pay.example.com/v1; without it, requests to the host that is the client's name. */
        private @Nullable String baseUrl;

        /** @return the base URL; null when the client matches by host name */
        public @Nullable String getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl an absolute http or https URL */
        public void setBaseUrl(@Nullable String baseUrl) {
            this.baseUrl = baseUrl;
        }
    }

    /** {@code statuscodes.client-disconnect.*}: the servlet ClientDisconnectFilter. */
    public static class ClientDisconnect {
        /** The defaults, as Boot binds {@code statuscodes.client-disconnect.*} onto it. */
        public ClientDisconnect() {
        }

        /** Whether to register ClientDisconnectFilter in a servlet web application. */
        private boolean enabled = true;
        /** The status recorded for a client that went away: 499 (nginx) or 460 (AWS ELB), or another code 100..999. */
        private int status = 499;

        /** @return whether the filter is registered */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled false to register nothing */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the status recorded for a client that went away */
        public int getStatus() {
            return status;
        }

        /** @param status 100..999, usually 499 or 460 */
        public void setStatus(int status) {
            this.status = status;
        }
    }

    /** {@code statuscodes.observation.*}: the observation conventions and the statuscodes meters. */
    public static class Observation {
        /** The defaults, as Boot binds {@code statuscodes.observation.*} onto it. */
        public Observation() {
        }

        /** Whether to install the http.server.requests and http.client.requests conventions, the retry meters and the client-disconnect timer. */
        private boolean enabled = true;

        /** @return whether the conventions and meters are installed */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled false to install nothing */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
