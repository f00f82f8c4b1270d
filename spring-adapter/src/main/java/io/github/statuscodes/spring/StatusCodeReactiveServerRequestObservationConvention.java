package io.github.statuscodes.spring;

import io.github.statuscodes.internal.Checks;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Spring's WebFlux {@code http.server.requests} convention with honest outcomes: every status
 * 100..599 gets its class's {@code outcome}, and a low-cardinality key
 * {@value StatusCodeServerRequestObservationConvention#CLIENT_DISCONNECTED} says whether the
 * connection was aborted before the response was complete (Spring's own
 * {@code isConnectionAborted()}; its {@code status} and {@code outcome} are then
 * {@code UNKNOWN}, as in Spring). Everything else is Spring's default. Thread-safe.
 *
 * <pre>{@code
 * @Bean
 * ServerRequestObservationConvention serverConvention() {   // the reactive one
 *     return new StatusCodeReactiveServerRequestObservationConvention();
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public class StatusCodeReactiveServerRequestObservationConvention
        extends DefaultServerRequestObservationConvention {

    private static final KeyValue GONE = KeyValue.of(
            StatusCodeServerRequestObservationConvention.CLIENT_DISCONNECTED, "true");
    private static final KeyValue STAYED = KeyValue.of(
            StatusCodeServerRequestObservationConvention.CLIENT_DISCONNECTED, "false");

    /** Creates the convention for {@code http.server.requests}. */
    public StatusCodeReactiveServerRequestObservationConvention() {
        this("http.server.requests");
    }

    /**
     * Creates the convention with another observation name.
     *
     * @param name e.g. the value of {@code management.observations.http.server.requests.name}
     * @throws NullPointerException if {@code name} is null
     */
    public StatusCodeReactiveServerRequestObservationConvention(String name) {
        super(Checks.notNull(name, "name"));
    }

    /**
     * Returns Spring's keys plus {@code client.disconnected}.
     *
     * @param context the observation context
     * @return the low-cardinality keys
     */
    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(context.isConnectionAborted() ? GONE : STAYED);
    }

    /**
     * Returns the outcome of the response's status class; Spring's default when the connection
     * was aborted or there is no status.
     *
     * @param context the observation context
     * @return the {@code outcome} key
     */
    @Override
    protected KeyValue outcome(ServerRequestObservationContext context) {
        ServerHttpResponse response = context.getResponse();
        if (context.isConnectionAborted() || response == null) {
            return super.outcome(context);
        }
        HttpStatusCode status = response.getStatusCode();
        return status == null ? super.outcome(context) : Outcomes.of(status.value());
    }
}
