package io.github.statuscodes.spring;

import io.github.statuscodes.internal.Checks;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * Spring's {@code http.client.requests} convention for {@code WebClient} with honest outcomes:
 * every status 100..599 gets its class's {@code outcome}, the {@code status} key stays the status
 * received, and a low-cardinality key {@code vendor} names the vendor of the code's resolved
 * meaning for the response, or {@code none}. Everything else is Spring's default. Thread-safe.
 *
 * <pre>{@code
 * @Bean
 * ClientRequestObservationConvention webClientConvention() {   // the webflux one
 *     return new StatusCodeWebClientObservationConvention();
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public class StatusCodeWebClientObservationConvention
        extends DefaultClientRequestObservationConvention {

    /** Creates the convention for {@code http.client.requests}. */
    public StatusCodeWebClientObservationConvention() {
        this("http.client.requests");
    }

    /**
     * Creates the convention with another observation name.
     *
     * @param name e.g. the value of {@code management.observations.http.client.requests.name}
     * @throws NullPointerException if {@code name} is null
     */
    public StatusCodeWebClientObservationConvention(String name) {
        super(Checks.notNull(name, "name"));
    }

    /**
     * Returns Spring's keys plus {@code vendor}.
     *
     * @param context the observation context
     * @return the low-cardinality keys
     */
    @Override
    public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(vendor(context));
    }

    /**
     * Returns the outcome of the response's status class; Spring's default without a response.
     *
     * @param context the observation context
     * @return the {@code outcome} key
     */
    @Override
    protected KeyValue outcome(ClientRequestObservationContext context) {
        return Outcomes.ofClient(context.getResponse(), r -> r.statusCode().value(),
                () -> super.outcome(context));
    }

    /**
     * Returns the vendor of the response's resolved code; {@code none} without a response.
     *
     * @param context the observation context
     * @return the {@code vendor} key
     */
    protected KeyValue vendor(ClientRequestObservationContext context) {
        return VendorTag.ofClient(context.getResponse(), r -> r.statusCode().value(),
                r -> r.headers().asHttpHeaders());
    }
}
