package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code statuscodes.*} configuration properties of the Spring Boot auto-configuration. A
 * mutable bean that Boot binds once at start-up; not for use by applications.
 *
 * <pre>{@code
 * statuscodes.retry.max-attempts=4
 * statuscodes.client-disconnect.status=460
 * statuscodes.observation.enabled=false
 * }</pre>
 *
 * @since 0.2.0
 */
@ConfigurationProperties(prefix = "statuscodes")
public class StatusCodesProperties {

    private final Retry retry = new Retry();
    private final ClientDisconnect clientDisconnect = new ClientDisconnect();
    private final Observation observation = new Observation();

    /** Creates the properties with their defaults. */
    public StatusCodesProperties() {
    }

    /**
     * Returns the retry properties.
     *
     * @return {@code statuscodes.retry.*}
     */
    public Retry getRetry() {
        return retry;
    }

    /**
     * Returns the client-disconnect properties.
     *
     * @return {@code statuscodes.client-disconnect.*}
     */
    public ClientDisconnect getClientDisconnect() {
        return clientDisconnect;
    }

    /**
     * Returns the observation properties.
     *
     * @return {@code statuscodes.observation.*}
     */
    public Observation getObservation() {
        return observation;
    }

    /**
     * {@code statuscodes.retry.*}: the retry interceptor and filter, and their policy. The
     * defaults are {@link RetryPolicy#defaults()}'s, written as literals so that the
     * configuration processor can put them in the metadata.
     */
    public static class Retry {
        /** Whether to add the retry interceptor to RestClient.Builder and RestTemplateBuilder, and the retry filter to WebClient.Builder. */
        private boolean enabled = true;
        /** Most attempts per call, the first included; 1 turns retries off. */
        private int maxAttempts = 3;
        /** Backoff ceiling of the first retry; it doubles with each retry up to backoff-max. */
        private Duration backoffBase = Duration.ofMillis(100);
        /** Largest backoff ceiling. */
        private Duration backoffMax = Duration.ofSeconds(20);
        /** Longest Retry-After honoured; a response asking for longer is returned at once. */
        private Duration retryAfterMax = Duration.ofSeconds(20);
        /** Longest a call may take, attempts and waits together; 0 for no limit. */
        private Duration callTimeout = Duration.ZERO;

        /** Creates the defaults. */
        public Retry() {
        }

        /**
         * Returns whether retries are installed.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether retries are installed.
         *
         * @param enabled false to install nothing
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the most attempts per call.
         *
         * @return 3 by default
         */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the most attempts per call.
         *
         * @param maxAttempts 1 or more
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * Returns the backoff ceiling of the first retry.
         *
         * @return 100 ms by default
         */
        public Duration getBackoffBase() {
            return backoffBase;
        }

        /**
         * Sets the backoff ceiling of the first retry.
         *
         * @param backoffBase zero or more
         */
        public void setBackoffBase(Duration backoffBase) {
            this.backoffBase = backoffBase;
        }

        /**
         * Returns the largest backoff ceiling.
         *
         * @return 20 s by default
         */
        public Duration getBackoffMax() {
            return backoffMax;
        }

        /**
         * Sets the largest backoff ceiling.
         *
         * @param backoffMax zero or more
         */
        public void setBackoffMax(Duration backoffMax) {
            this.backoffMax = backoffMax;
        }

        /**
         * Returns the longest Retry-After honoured.
         *
         * @return 20 s by default
         */
        public Duration getRetryAfterMax() {
            return retryAfterMax;
        }

        /**
         * Sets the longest Retry-After honoured.
         *
         * @param retryAfterMax zero or more
         */
        public void setRetryAfterMax(Duration retryAfterMax) {
            this.retryAfterMax = retryAfterMax;
        }

        /**
         * Returns the call timeout.
         *
         * @return zero (none) by default
         */
        public Duration getCallTimeout() {
            return callTimeout;
        }

        /**
         * Sets the call timeout.
         *
         * @param callTimeout zero (none) or more
         */
        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        /**
         * Builds the policy these properties describe.
         *
         * @return the policy
         * @throws IllegalArgumentException if a value is out of range
         */
        public RetryPolicy toPolicy() {
            return RetryPolicy.builder()
                    .maxAttempts(maxAttempts)
                    .backoffBase(backoffBase)
                    .backoffMax(backoffMax)
                    .retryAfterMax(retryAfterMax)
                    .callTimeout(callTimeout)
                    .build();
        }
    }

    /** {@code statuscodes.client-disconnect.*}: the servlet ClientDisconnectFilter. */
    public static class ClientDisconnect {
        /** Whether to register ClientDisconnectFilter in a servlet web application. */
        private boolean enabled = true;
        /** The status recorded for a client that went away: 499 (nginx) or 460 (AWS ELB), or another code 100..999. */
        private int status = 499;

        /** Creates the defaults. */
        public ClientDisconnect() {
        }

        /**
         * Returns whether the filter is registered.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the filter is registered.
         *
         * @param enabled false to register nothing
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the status recorded for a client that went away.
         *
         * @return 499 by default
         */
        public int getStatus() {
            return status;
        }

        /**
         * Sets the status recorded for a client that went away.
         *
         * @param status 100..999, usually 499 or 460
         */
        public void setStatus(int status) {
            this.status = status;
        }
    }

    /** {@code statuscodes.observation.*}: the observation conventions and the disconnect timer. */
    public static class Observation {
        /** Whether to install the http.server.requests and http.client.requests conventions and the client-disconnect timer. */
        private boolean enabled = true;

        /** Creates the defaults. */
        public Observation() {
        }

        /**
         * Returns whether the conventions are installed.
         *
         * @return true by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the conventions are installed.
         *
         * @param enabled false to install nothing
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
