/**
 * HTTP status codes with vendor, class, retryability and description metadata: every IANA code
 * and the widely met non-standard ones.
 *
 * <p>Start at {@link io.github.statuscodes.StatusCodes}: {@code StatusCodes.of(460).isRetryable()}.
 *
 * <p>Null policy: every parameter and return value is non-null unless marked
 * {@code @Nullable} (JSpecify; the package is {@code @NullMarked}, which Kotlin and NullAway
 * read). A null argument is rejected with a {@link java.lang.NullPointerException} that
 * names the parameter. Lookups never return null (an absent result is an empty
 * {@link java.util.Optional} or the documented unregistered {@link io.github.statuscodes.StatusCode}).
 * The methods that may return null are marked {@code @Nullable} and say when: the retry
 * engine's {@link io.github.statuscodes.RetryEvent#code()}, {@code failure()} and
 * {@code stopReason()}, {@link io.github.statuscodes.RetryCall#code()} and
 * {@code lastDecision()} (a value that does not apply to the attempt, or none yet), and a header
 * accessor ({@code Function<String, @Nullable String>}), which returns null for an absent header.
 */
@NullMarked
package io.github.statuscodes;

import org.jspecify.annotations.NullMarked;
