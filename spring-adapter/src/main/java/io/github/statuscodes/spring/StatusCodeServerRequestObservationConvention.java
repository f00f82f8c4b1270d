package io.github.statuscodes.spring;

import io.github.statuscodes.internal.Checks;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Spring's servlet {@code http.server.requests} convention with honest outcomes: every status
 * 100..599 gets its class's {@code outcome} (Spring gives {@code UNKNOWN} to 460, 499, 520 and
 * 599), the {@code status} key stays the status the response carries, and a low-cardinality key
 * {@value #CLIENT_DISCONNECTED} says whether the client went away before the response was
 * complete. A request whose client went away has the status the disconnect filter records for it
 * (499 by default) in {@code status} and {@code outcome}, so that the observation, the access log
 * and the disconnect record give one status for one request; without a disconnect filter in the
 * chain nothing records a status, and {@code status} stays the response's. Everything else is
 * Spring's default. Thread-safe.
 *
 * <pre>{@code
 * @Bean
 * ServerRequestObservationConvention serverConvention() {
 *     return new StatusCodeServerRequestObservationConvention();
 * }
 * }</pre>
 *
 * <p>A client counts as gone when {@code ClientDisconnectFilter} recorded it (its request
 * attribute {@code io.github.statuscodes.servlet.status} is set), or when the exception that
 * ended the request is one that filter's {@code ClientDisconnects} classifies as a disconnect
 * (the filter records a synchronous request only after the observation has stopped, so the
 * exception is what the observation sees; the status is then the one the filter announced when
 * the request started, its request attribute {@code io.github.statuscodes.servlet.status-if-gone}).
 *
 * @since 0.2.0
 */
public class StatusCodeServerRequestObservationConvention
        extends DefaultServerRequestObservationConvention {

    /** The key that says whether the client disconnected: {@value}, {@code true} or {@code false}. */
    public static final String CLIENT_DISCONNECTED = "client.disconnected";

    /**
     * The request attribute {@code ClientDisconnectFilter} sets by default.
     * @since 0.3.0
     */
    public static final String STATUS_ATTRIBUTE = "io.github.statuscodes.servlet.status";

    /** The request attribute in which {@code ClientDisconnectFilter} announces its status. */
    private static final String STATUS_IF_GONE_ATTRIBUTE =
            "io.github.statuscodes.servlet.status-if-gone";
    /** {@link #goneStatus}: the client went away, and no filter records a status for it. */
    private static final int GONE_UNRECORDED = -1;

    private static final KeyValue GONE = KeyValue.of(CLIENT_DISCONNECTED, "true");
    private static final KeyValue STAYED = KeyValue.of(CLIENT_DISCONNECTED, "false");

    private final String attribute;
    private final Predicate<Throwable> disconnect;

    /** Creates the convention for {@code http.server.requests}. */
    public StatusCodeServerRequestObservationConvention() {
        this("http.server.requests");
    }

    /**
     * Creates the convention with another observation name.
     *
     * @param name e.g. the value of {@code management.observations.http.server.requests.name}
     * @throws NullPointerException if {@code name} is null
     */
    public StatusCodeServerRequestObservationConvention(String name) {
        this(name, STATUS_ATTRIBUTE);
    }

    /**
     * Creates the convention with another observation name and the request attribute a
     * {@code ClientDisconnectFilter} was configured with.
     *
     * @param name the observation name
     * @param attribute the filter's status attribute
     * @throws NullPointerException if an argument is null
     */
    public StatusCodeServerRequestObservationConvention(String name, String attribute) {
        super(Checks.notNull(name, "name"));
        this.attribute = Checks.notNull(attribute, "attribute");
        this.disconnect = DisconnectClassifier.get();
    }

    /**
     * Returns Spring's keys plus {@value #CLIENT_DISCONNECTED}.
     *
     * @param context the observation context
     * @return the low-cardinality keys
     */
    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(clientDisconnected(context));
    }

    /**
     * Returns the outcome of the response's status class; {@code UNKNOWN} without a response or
     * outside 100..599.
     *
     * @param context the observation context
     * @return the {@code outcome} key
     */
    @Override
    protected KeyValue outcome(ServerRequestObservationContext context) {
        int gone = goneStatus(context);
        if (gone > 0) {
            return Outcomes.of(gone);
        }
        HttpServletResponse response = context.getResponse();
        return response == null ? Outcomes.UNKNOWN : Outcomes.of(response.getStatus());
    }

    /**
     * Returns the response's status, or the recorded status of a client that went away.
     *
     * @param context the observation context
     * @return the {@code status} key
     * @since 0.3.0
     */
    @Override
    protected KeyValue status(ServerRequestObservationContext context) {
        int gone = goneStatus(context);
        return gone > 0 ? KeyValue.of("status", Integer.toString(gone)) : super.status(context);
    }

    /**
     * Returns whether the client went away.
     *
     * @param context the observation context
     * @return {@code client.disconnected=true} or {@code false}
     */
    protected KeyValue clientDisconnected(ServerRequestObservationContext context) {
        return goneStatus(context) != 0 ? GONE : STAYED;
    }

    /**
     * The status recorded for a client that went away; 0 when it stayed;
     * {@link #GONE_UNRECORDED} when it went away and no disconnect filter records a status.
     */
    private int goneStatus(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        Object recorded = request == null ? null : request.getAttribute(attribute);
        if (recorded instanceof Integer) {
            return (Integer) recorded;
        }
        Throwable error = context.getError();
        if (error == null || !disconnect.test(error)) {
            return 0;
        }
        Object announced = request == null ? null : request.getAttribute(STATUS_IF_GONE_ATTRIBUTE);
        return announced instanceof Integer ? (Integer) announced : GONE_UNRECORDED;
    }
}
