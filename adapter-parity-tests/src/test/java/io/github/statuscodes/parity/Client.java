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
        OKHTTP("OkHttp interceptor", OkHttpClients::interceptor),
        JDK_SEND("JDK HttpClient send", JdkClients::send),
        JDK_SEND_ASYNC("JDK HttpClient sendAsync", JdkClients::sendAsync),
        APACHE_CLASSIC("Apache HttpClient 5 classic, setRetryStrategy", Hc5Clients::classic),
        APACHE_CLASSIC_APPLY_TO("Apache HttpClient 5 classic, applyTo (as documented)",
                Hc5Clients::classicApplyTo),
        APACHE_ASYNC("Apache HttpClient 5 async", Hc5Clients::async),
        SPRING_REST_CLIENT("Spring RestClient interceptor", SpringClients::restClient),
        SPRING_WEB_CLIENT("Spring WebClient filter", SpringClients::webClient),
        FEIGN_DEFAULT("Feign default client", FeignClients::defaultClient),
        FEIGN_OKHTTP("Feign on OkHttp", FeignClients::okHttp),
        FEIGN_HC5("Feign on Apache HttpClient 5", FeignClients::httpClient5),
        FEIGN_JAVA11("Feign on the JDK client", FeignClients::java11),
        RESILIENCE4J_JDK("Resilience4j around the JDK client", Resilience4jClients::jdk),
        RESILIENCE4J_JDK_ASYNC("Resilience4j around the JDK client's sendAsync",
                Resilience4jClients::jdkAsync),
        RESILIENCE4J_HC5("Resilience4j around Apache HttpClient 5",
                Resilience4jClients::httpClient5);

        private final String title;
        private final Factory factory;

        Kind(String title, Factory factory) {
            this.title = title;
            this.factory = factory;
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
