package io.github.statuscodes.parity;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.time.Duration;

/**
 * One HTTP client with its statuscodes adapter installed as the adapter's docs say, sending a
 * request and returning the status its caller sees. POST and PUT carry a small body, repeatable
 * unless {@code oneShot}, marked or built as the client's one-shot kind.
 */
interface Client extends AutoCloseable {
    Duration TIMEOUT = Duration.ofSeconds(10);

    int send(String method, URI uri, boolean oneShot) throws Exception;

    default int send(String method, URI uri) throws Exception {
        return send(method, uri, false);
    }

    @Override
    void close();

    static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT");
    }

    /** Builds a client for one policy, with core's listener. */
    interface Factory {
        Client open(RetryPolicy policy, RetryListener listener);
    }

    /** Every client the parity test runs. */
    enum Kind {
        OKHTTP("OkHttp interceptor", true, OkHttpClients::interceptor),
        JDK_SEND("JDK HttpClient send", true, JdkClients::send),
        JDK_SEND_ASYNC("JDK HttpClient sendAsync", true, JdkClients::sendAsync),
        APACHE_CLASSIC("Apache HttpClient 5 classic", true, Hc5Clients::classic),
        APACHE_ASYNC("Apache HttpClient 5 async", true, Hc5Clients::async),
        SPRING_REST_CLIENT("Spring RestClient interceptor", true, SpringClients::restClient),
        SPRING_WEB_CLIENT("Spring WebClient filter", true, SpringClients::webClient),
        FEIGN_DEFAULT("Feign default client", true, FeignClients::defaultClient),
        FEIGN_OKHTTP("Feign on OkHttp", true, FeignClients::okHttp),
        FEIGN_HC5("Feign on Apache HttpClient 5", true, FeignClients::httpClient5),
        FEIGN_JAVA11("Feign on the JDK client", true, FeignClients::java11),
        RESILIENCE4J_JDK("Resilience4j around the JDK client", false, Resilience4jClients::jdk),
        RESILIENCE4J_HC5("Resilience4j around Apache HttpClient 5", false,
                Resilience4jClients::httpClient5);

        private final String title;
        private final boolean reportsEvents;
        private final Factory factory;

        Kind(String title, boolean reportsEvents, Factory factory) {
            this.title = title;
            this.reportsEvents = reportsEvents;
            this.factory = factory;
        }

        /**
         * Whether the adapter reports to core's listener; Resilience4j has its own event
         * publisher and takes no statuscodes listener.
         */
        boolean reportsEvents() {
            return reportsEvents;
        }

        Client open(RetryPolicy policy, RetryListener listener) {
            return factory.open(policy, listener);
        }

        @Override
        public String toString() {
            return title;
        }
    }
}
