/**
 * OpenFeign support for statuscodes: {@link io.github.statuscodes.feign.StatusCodeCapability}
 * retries each call by the vendor-aware {@link io.github.statuscodes.StatusCode} of its responses,
 * as core's {@link io.github.statuscodes.RetryPolicy} decides, and reports to core's
 * {@link io.github.statuscodes.RetryListener}.
 *
 * <pre>{@code
 * GitHub github = Feign.builder()
 *     .addCapability(StatusCodeCapability.create())
 *     .target(GitHub.class, "https://api.github.com");
 * }</pre>
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter; no method returns null.
 */
@NullMarked
package io.github.statuscodes.feign;

import org.jspecify.annotations.NullMarked;
