package consumer.docs.recipes;

import static consumer.shared.LoopbackServer.check;

import consumer.shared.LoopbackServer;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Runs the Micronaut and MicroProfile REST Client recipes of docs/recipes.md (compiled from the
 * page) against a loopback server: a 503 with Retry-After: 1 then a 200 is two requests a second
 * apart; a 404, or a POST answered 520 by Cloudflare, is one; a port nobody listens on is the
 * policy's attempts, then the connect failure.
 */
public final class RunRecipes {
    static final List<RetryEvent> EVENTS = new CopyOnWriteArrayList<>();
    static final RetryListener LISTENER = new RetryListener() {
        @Override
        public void onRetry(RetryEvent event) {
            EVENTS.add(event);
        }

        @Override
        public void onGiveUp(RetryEvent event) {
            EVENTS.add(event);
        }
    };
    // Connect failures are retried on the backoff: 1 ms here.
    static final RetryPolicy POLICY = RetryPolicy.builder().backoffBase(1, TimeUnit.MILLISECONDS)
            .backoffMax(1, TimeUnit.MILLISECONDS).build();

    static LoopbackServer server;

    public static void main(String[] args) throws Exception {
        String closed = LoopbackServer.closedPort();
        try (LoopbackServer s = LoopbackServer.start()) {
            server = s;
            micronaut(s.base(), closed);
            microProfile(s.base(), closed);
        }
    }

    static void micronaut(String base, String closed) throws Exception {
        try (HttpClient client = HttpClient.create(URI.create(base).toURL())) {
            MicronautRetry retry = new MicronautRetry(client.toBlocking(), POLICY);
            start();
            HttpResponse<?> ok = retry.get(URI.create(base + "/items"), LISTENER);
            check(ok.code() == 200, "Micronaut: 200 after the 503, got " + ok.code());
            server.checkWaitedASecond("Micronaut");

            start();
            HttpResponse<?> missing = retry.get(URI.create(base + "/missing"), LISTENER);
            check(missing.code() == 404 && server.requests() == 1,
                    "Micronaut: one 404, got " + missing.code() + " after " + server.requests());
        }
        start();
        try (HttpClient client = HttpClient.create(URI.create(closed).toURL())) {
            new MicronautRetry(client.toBlocking(), POLICY).get(URI.create(closed + "/"), LISTENER);
            check(false, "Micronaut: a closed port answered");
        } catch (HttpClientException e) {
            checkConnectAttempts("Micronaut");
        }
        System.out.println("recipes: Micronaut: 503 Retry-After: 1 then 200 in 2 requests,"
                + " 404 in 1, a closed port " + POLICY.maxAttempts() + " attempts");
    }

    static void microProfile(String base, String closed) throws Exception {
        Items items = RestClientBuilder.newBuilder().baseUri(URI.create(base)).build(Items.class);
        RestClientRetry retry = new RestClientRetry(POLICY);
        start();
        String list = retry.call("GET", URI.create(base + "/items"), items::list, LISTENER);
        check(list.equals("items"), "MicroProfile: the 200's body, got " + list);
        server.checkWaitedASecond("MicroProfile");

        start();
        try {
            retry.call("POST", URI.create(base + "/cloudflare"), () -> items.add("x"), LISTENER);
            check(false, "MicroProfile: a 520 returned");
        } catch (WebApplicationException e) {
            check(e.getResponse().getStatus() == 520 && server.requests() == 1,
                    "MicroProfile: one POST answered 520, got " + server.requests());
        }

        Items none = RestClientBuilder.newBuilder().baseUri(URI.create(closed)).build(Items.class);
        start();
        try {
            retry.call("GET", URI.create(closed + "/items"), none::list, LISTENER);
            check(false, "MicroProfile: a closed port answered");
        } catch (ProcessingException e) {
            checkConnectAttempts("MicroProfile");
        }
        System.out.println("recipes: MicroProfile REST Client: 503 Retry-After: 1 then 200 in"
                + " 2 requests, a POST answered 520 by Cloudflare in 1, a closed port "
                + POLICY.maxAttempts() + " attempts");
    }

    static void start() {
        server.clear();
        EVENTS.clear();
    }

    static void checkConnectAttempts(String client) {
        // Two retries and the give-up, each on a connect failure.
        check(EVENTS.size() == POLICY.maxAttempts()
                && EVENTS.stream().allMatch(e -> e.failure() != null)
                && EVENTS.get(EVENTS.size() - 1).stopReason() != null,
                client + ": " + POLICY.maxAttempts() + " connect failures, got " + EVENTS);
    }
}
