package io.github.statuscodes.feign;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link ErrorDecoder} {@link StatusCodeCapability} puts around the user's: Feign's
 * {@code ErrorDecoder.Default} reads an all-digit {@code Retry-After} (optionally {@code .0})
 * with {@code Long.parseLong} and throws {@link NumberFormatException} for one beyond
 * {@code long}. Such a value means no usable delay, so the decoder sees the response without it
 * and gives Feign's usual exception for the status.
 */
final class GuardedErrorDecoder implements ErrorDecoder {
    private static final String RETRY_AFTER = "Retry-After";
    private final ErrorDecoder delegate;

    GuardedErrorDecoder(ErrorDecoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        return delegate.decode(methodKey, unreadable(response.headers().get(RETRY_AFTER))
                ? withoutRetryAfter(response) : response);
    }

    /** True for Feign's delta-seconds form ({@code [0-9]+\.?0*}) beyond {@code long}. */
    static boolean unreadable(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return false;
        }
        String value = values.iterator().next();
        if (value == null || !value.matches("[0-9]+\\.?0*")) {
            return false;
        }
        int dot = value.indexOf('.');
        try {
            Long.parseLong(dot < 0 ? value : value.substring(0, dot));
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static Response withoutRetryAfter(Response response) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers());
        headers.remove(RETRY_AFTER);
        return response.toBuilder().headers(headers).build();
    }

    @Override
    public String toString() {
        return "GuardedErrorDecoder{" + delegate + "}";
    }
}
