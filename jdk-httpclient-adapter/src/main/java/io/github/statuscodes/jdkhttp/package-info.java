/**
 * JDK {@code java.net.http.HttpClient} support for statuscodes:
 * {@link io.github.statuscodes.jdkhttp.RetryingHttpClient#wrap(java.net.http.HttpClient)} returns
 * an {@code HttpClient} whose {@code send} and {@code sendAsync} retry by
 * {@link io.github.statuscodes.RetryPolicy}; core's {@link io.github.statuscodes.RetryListener}
 * sees each retry and each give-up.
 *
 * <p>Null policy: every parameter and return value in this package is non-null unless its
 * documentation says otherwise. A null argument is rejected at once with a
 * {@link java.lang.NullPointerException} that names the parameter; no method returns null.
 */
@NullMarked
package io.github.statuscodes.jdkhttp;

import org.jspecify.annotations.NullMarked;
