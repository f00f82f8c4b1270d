package io.github.statuscodes;

/**
 * Who ended a request, as an access-log {@link LogSignal} tells it.
 *
 * @since 0.3.0
 */
public enum EndedBy {
    /** The client: it closed or reset its connection, or stopped sending or reading (gave up). */
    CLIENT,
    /** The backend: it failed, refused, reset the connection or was too slow. */
    BACKEND,
    /** The proxy, load balancer or server that wrote the log line, on its own decision. */
    PROXY,
    /** A limit or policy the operator configured: a rate limit, quota, deny rule or overload guard. */
    LIMIT,
    /** Nobody: the exchange completed normally. */
    NONE,
    /** The value alone does not say who ended the request. */
    UNKNOWN
}
