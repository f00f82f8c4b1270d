package io.github.statuscodes.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import org.jspecify.annotations.Nullable;

/**
 * Which exceptions mean that no connection was made, so the request never reached the server
 * and may be sent again whatever its method; not part of the public API. Looked for along the
 * cause chain, since Spring wraps them ({@code ResourceAccessException}), Feign too
 * ({@code RetryableException}) and futures ({@code CompletionException}).
 */
public final class ConnectFailures {
    /** Named, so that neither core nor the adapter needs the client on its class path. */
    private static final String JDK_CONNECT_TIMEOUT = "java.net.http.HttpConnectTimeoutException";
    private static final String HC5_CONNECT_TIMEOUT =
            "org.apache.hc.client5.http.ConnectTimeoutException";
    private static final String NETTY_CONNECT_TIMEOUT = "io.netty.channel.ConnectTimeoutException";
    private static final int MAX_DEPTH = 8;

    private ConnectFailures() {
    }

    /**
     * True for a {@link ConnectException} (and subclasses, e.g. HttpClient 5's
     * {@code HttpHostConnectException}), the JDK client's {@code HttpConnectTimeoutException} or
     * HttpClient 5's {@code ConnectTimeoutException}, Netty's {@code ConnectTimeoutException} or a
     * {@link NoRouteToHostException}, as the failure or one of its first causes.
     *
     * @param failure what the client threw; null gives false
     * @return true when no connection was made
     */
    public static boolean isConnectFailure(@Nullable Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || name.equals(JDK_CONNECT_TIMEOUT) || name.equals(HC5_CONNECT_TIMEOUT)
                    || name.equals(NETTY_CONNECT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
