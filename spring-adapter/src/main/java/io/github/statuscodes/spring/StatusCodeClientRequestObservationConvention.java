package io.github.statuscodes.spring;

import io.github.statuscodes.internal.Checks;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Spring's {@code http.client.requests} convention for {@code RestClient} and
 * {@code RestTemplate} with honest outcomes: every status 100..599 gets its class's
 * {@code outcome}, the {@code status} key stays the status received, and a low-cardinality key
 * {@code vendor} names the vendor of the status code's resolved meaning ({@code iana},
 * {@code cloudflare}, {@code nginx}, ..., or {@code none} without a response). Everything else is Spring's default. Thread-safe.
 *
 * <pre>{@code
 * @Bean
 * ClientRequestObservationConvention clientConvention() {
 *     return new StatusCodeClientRequestObservationConvention();
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public class StatusCodeClientRequestObservationConvention
        extends DefaultClientRequestObservationConvention {

    /** Creates the convention for {@code http.client.requests}. */
    public StatusCodeClientRequestObservationConvention() {
        this("http.client.requests");
    }

    /**
     * Creates the convention with another observation name.
     *
     * @param name e.g. the value of {@code management.observations.http.client.requests.name}
     * @throws NullPointerException if {@code name} is null
     */
    public StatusCodeClientRequestObservationConvention(String name) {
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
        return Outcomes.ofClient(context.getResponse(), StatusCodeRetryInterceptor::statusOf,
                () -> super.outcome(context));
    }

    /**
     * Returns the vendor of the response's resolved code; {@code none} without a response.
     *
     * @param context the observation context
     * @return the {@code vendor} key
     */
    protected KeyValue vendor(ClientRequestObservationContext context) {
        return VendorTag.ofClient(context.getResponse(), StatusCodeRetryInterceptor::statusOf,
                ClientHttpResponse::getHeaders);
    }
}
