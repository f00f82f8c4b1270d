package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.httpclient5.TestClient.Kind;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Status lines no server should send: HttpClient decides whether to accept them; whatever it
 * passes on, the strategy answers without throwing and does not retry a number outside 100..999.
 */
class MalformedStatusTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "CLASSIC, 000", "CLASSIC, 099", "CLASSIC, 1000", "CLASSIC, 99999",
        "ASYNC, 000", "ASYNC, 099", "ASYNC, 1000", "ASYNC, 99999"
    })
    void aStatusOutsideTheRangeIsReturnedOrRejectedByHttpClientNeverRetried(Kind kind,
            String status) throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 " + status + " Odd\r\n"
                + "Retry-After: 0\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                TestClient client = kind.with(StatusCodeRetryStrategy.create(),
                        SystemDefaultDnsResolver.INSTANCE)) {
            Throwable failure = null;
            int returned = -1;
            try {
                returned = client.get(server.uri("/")).status;
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (Exception e) {
                failure = e;
            }

            if (failure == null) {
                // HttpClient passed it on (099): returned as is, not retried.
                assertThat(returned).isEqualTo(Integer.parseInt(status));
                assertThat(server.requestCount()).isEqualTo(1);
            } else {
                // HttpClient refused it (000: its own IllegalArgumentException; 1000 on the
                // classic client: read as 100 Continue, then no final response, an I/O failure):
                // sent once, as on every other client, and never the strategy's doing.
                assertThat(server.requestCount()).isEqualTo(1);
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    assertThat(t.getStackTrace()).extracting(StackTraceElement::getClassName)
                            .doesNotContain(StatusCodeRetryStrategy.class.getName());
                }
            }
            assertThat(client.leasedWhenSettled()).isZero();
        }
    }
}
