/**
 * Resilience4j support for statuscodes: {@link io.github.statuscodes.resilience4j.StatusCodeRetryConfig}
 * turns core's {@link io.github.statuscodes.RetryPolicy} into a Resilience4j {@code RetryConfig},
 * reading responses through a {@link io.github.statuscodes.resilience4j.ResponseAccess}.
 *
 * <pre>{@code
 * Retry retry = Retry.of("backend", StatusCodeRetryConfig.create(RetryPolicy.defaults(),
 *         ResponseAccess.jdk()));
 * }</pre>
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter.
 */
@NullMarked
package io.github.statuscodes.resilience4j;

import org.jspecify.annotations.NullMarked;
