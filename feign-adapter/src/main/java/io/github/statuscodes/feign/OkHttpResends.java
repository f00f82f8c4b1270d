package io.github.statuscodes.feign;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The requests OkHttp sent again on its own inside one attempt of {@code feign-okhttp}, read from
 * the response it returned, since Feign's response no longer holds OkHttp's prior responses.
 *
 * <p>OkHttp's {@code RetryAndFollowUpInterceptor} sends a request again once after a
 * {@code 503} with {@code Retry-After: 0}, and after a {@code 408} without a positive
 * {@code Retry-After} (unless {@code retryOnConnectionFailure} is off), but never twice in a row:
 * so when OkHttp hands over such a response, the one before it was the same and was resent.
 * With {@code retryOnConnectionFailure} off, a 408 is still counted twice, which costs the call
 * one attempt rather than adding one.
 */
final class OkHttpResends {
    private OkHttpResends() {
    }

    /** {@return 1 when OkHttp must have resent the request before handing over this response} */
    static int inferred(int status, Function<String, @Nullable String> headers) {
        if (status != 503 && status != 408) {
            return 0;
        }
        String retryAfter = headers.apply("Retry-After");
        boolean zero = retryAfter != null && isZero(retryAfter.trim());
        return status == 503 ? (zero ? 1 : 0) : (retryAfter == null || zero ? 1 : 0);
    }

    /** OkHttp reads Retry-After as digits only; "0", "00" are zero. */
    private static boolean isZero(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
