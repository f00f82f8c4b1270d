package io.github.statuscodes.parity;

import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.time.Duration;

/**
 * One HTTP client with its statuscodes adapter installed as the adapter's README says, sending a
 * request and returning the status its caller sees. POST and PUT carry a small repeatable body.
 */
interface Client extends AutoCloseable {
    Duration TIMEOUT = Duration.ofSeconds(10);

    int send(String method, URI uri) throws Exception;

    @Override
    void close();

    static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT");
    }

    /** Builds a client for one policy, reporting give-ups (if the adapter can) to a recorder. */
    interface Factory {
        Client open(RetryPolicy policy, GiveUps giveUps);
    }

    /** Every client the parity test runs. */
    enum Kind {
        OKHTTP("OkHttp interceptor", true, OkHttpClients::interceptor),
        JDK_SEND("JDK HttpClient send", true, JdkClients::send),
        JDK_SEND_ASYNC("JDK HttpClient sendAsync", true, JdkClients::sendAsync),
        APACHE_CLASSIC("Apache HttpClient 5 classic", false, Hc5Clients::classic),
        APACHE_ASYNC("Apache HttpClient 5 async", false, Hc5Clients::async),
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
        private final boolean reportsGiveUps;
        private final Factory factory;

        Kind(String title, boolean reportsGiveUps, Factory factory) {
            this.title = title;
            this.reportsGiveUps = reportsGiveUps;
            this.factory = factory;
        }

        Client open(RetryPolicy policy, GiveUps giveUps) {
            return factory.open(policy, giveUps);
        }

        /** Whether the adapter has a listener that reports give-ups with the policy's reason. */
        boolean reportsGiveUps() {
            return reportsGiveUps;
        }

        @Override
        public String toString() {
            return title;
        }
    }
}
