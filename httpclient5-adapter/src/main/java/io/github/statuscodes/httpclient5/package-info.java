/**
 * Apache HttpClient 5 support for statuscodes:
 * {@link io.github.statuscodes.httpclient5.StatusCodeRetryStrategy} retries the classic and the
 * async client by core's {@link io.github.statuscodes.RetryPolicy}, which resolves each response
 * to its vendor-aware {@link io.github.statuscodes.StatusCode}.
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter; no method returns null.
 */
@NullMarked
package io.github.statuscodes.httpclient5;

import org.jspecify.annotations.NullMarked;
