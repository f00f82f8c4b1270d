package io.github.statuscodes.internal;

import java.net.ProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * OkHttp's {@code RetryAndFollowUpInterceptor} (4.x and 5.x) reads the {@code Retry-After} of a
 * {@code 503} with {@code Integer.valueOf} once it is all digits, so a value beyond
 * {@code Integer.MAX_VALUE} throws {@link NumberFormatException} out of the call, and the
 * response is lost below any application interceptor. This turns that exception into an
 * {@link java.io.IOException} that says what happened; not part of the public API.
 */
public final class OkHttpRetryAfterFailures {
    /** Named, so that core needs no OkHttp on its class path. */
    private static final String FOLLOW_UP_INTERCEPTOR =
            "okhttp3.internal.http.RetryAndFollowUpInterceptor";

    private OkHttpRetryAfterFailures() {
    }

    /**
     * Returns the exception to throw instead of {@code failure} when it is OkHttp's
     * {@link NumberFormatException} from reading a {@code Retry-After}, else null.
     *
     * @param failure what the call threw
     * @param method the request's method
     * @param url the request's URL
     * @return a {@link ProtocolException} naming the header value, the request and the cause;
     *     null when {@code failure} is anything else
     */
    public static @Nullable ProtocolException translate(RuntimeException failure, String method,
            String url) {
        if (!(failure instanceof NumberFormatException) || !thrownBy(failure)) {
            return null;
        }
        ProtocolException e = new ProtocolException("OkHttp cannot read the Retry-After "
                + value(failure.getMessage()) + " of the response to " + method + " " + url
                + ": its RetryAndFollowUpInterceptor reads an all-digit Retry-After as an int and"
                + " fails on one beyond " + Integer.MAX_VALUE + " seconds, so the response was"
                + " lost below the application interceptors and can be neither returned nor"
                + " retried (https://github.com/square/okhttp, RetryAndFollowUpInterceptor"
                + ".retryAfter)");
        e.initCause(failure);
        return e;
    }

    private static boolean thrownBy(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals(FOLLOW_UP_INTERCEPTOR)) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's message is {@code For input string: "digits"}, maybe with more after it. */
    private static String value(@Nullable String message) {
        if (message != null) {
            int from = message.indexOf('"');
            int to = message.indexOf('"', from + 1);
            if (from >= 0 && to > from) {
                return message.substring(from, to + 1);
            }
        }
        return "(all digits, beyond " + Integer.MAX_VALUE + ")";
    }
}
