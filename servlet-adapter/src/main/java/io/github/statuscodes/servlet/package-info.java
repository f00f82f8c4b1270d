/**
 * Jakarta Servlet 6 adapter for statuscodes.
 *
 * <ul>
 *   <li>{@link io.github.statuscodes.servlet.StatusResponse} answers a request with a
 *       {@link io.github.statuscodes.StatusCode}: the status, an RFC 9457
 *       {@code application/problem+json} body, {@code Retry-After} and
 *       {@code Cache-Control: no-store}, the same on every container.</li>
 *   <li>{@link io.github.statuscodes.servlet.ClientDisconnectFilter} notices a client that closed
 *       its connection before the response was complete (a cut-short upload or download) and
 *       records the request as nginx's {@code 499} (or AWS ELB's {@code 460}, or a code of your
 *       own) in a request attribute and through a
 *       {@link io.github.statuscodes.servlet.ClientDisconnectListener}. A client that leaves
 *       while a small response is computed is invisible to any servlet container on HTTP/1.1;
 *       only the proxy's log has it.</li>
 *   <li>{@link io.github.statuscodes.servlet.ClientDisconnects} tells a client disconnect from
 *       other exceptions, without depending on any container, e.g. in an
 *       {@link jakarta.servlet.AsyncListener}.</li>
 * </ul>
 *
 * <p>Null policy: every parameter and return value is non-null unless its documentation says
 * otherwise. A null argument is rejected with a {@link java.lang.NullPointerException} that
 * names the parameter; no method returns null (an absent result is an empty
 * {@link java.util.Optional}).
 */
@NullMarked
package io.github.statuscodes.servlet;

import org.jspecify.annotations.NullMarked;
