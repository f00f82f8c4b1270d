/**
 * OkHttp support for statuscodes: {@link io.github.statuscodes.okhttp.StatusCodeInterceptor}
 * resolves every response to its vendor-aware {@link io.github.statuscodes.StatusCode} and retries
 * by the code's {@link io.github.statuscodes.Retryability}; a
 * {@link io.github.statuscodes.okhttp.RetryListener} sees each retry and each give-up.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(StatusCodeInterceptor.create())
 *     .build();
 * }</pre>
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter; no method returns null.
 */
@NullMarked
package io.github.statuscodes.okhttp;

import org.jspecify.annotations.NullMarked;
