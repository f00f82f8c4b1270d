/**
 * OkHttp support for statuscodes: {@link io.github.statuscodes.okhttp.StatusCodeInterceptor}
 * resolves every response to its vendor-aware {@link io.github.statuscodes.StatusCode} and retries
 * by the code's {@link io.github.statuscodes.Retryability};
 * core's {@link io.github.statuscodes.RetryListener} sees each retry and each give-up.
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter; no method returns null.
 */
@NullMarked
package io.github.statuscodes.okhttp;

import org.jspecify.annotations.NullMarked;
