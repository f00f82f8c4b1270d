package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Feign;
import feign.FeignException;
import feign.RequestLine;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.ScriptServer;
import io.github.statuscodes.testing.ScriptServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server's {@code Retry-After} is input the library must survive: a delta-seconds value beyond
 * {@code long} on the last response (the policy gives up on it) reaches Feign's
 * {@code ErrorDecoder.Default}, which docs/feign.md says still decodes the last response; the
 * caller must get Feign's exception for the 503, not a {@code NumberFormatException} from
 * parsing the header.
 */
class OutOfRangeRetryAfterTest {
    interface Api {
        @RequestLine("GET /x")
        String get();
    }

    @Test
    void aDeltaBeyondLongOnTheLastResponseReachesTheCallerAsAFeignException() throws Exception {
        try (ScriptServer server = new ScriptServer()) {
            server.play(new Reply(503, Map.of("Retry-After", "99999999999999999999")));
            Api api = Feign.builder().addCapability(StatusCodeCapability.create(
                    RetryPolicy.defaults())).target(Api.class, server.url());

            assertThatThrownBy(api::get).isInstanceOf(FeignException.class)
                    .satisfies(e -> assertThat(((FeignException) e).status()).isEqualTo(503));
            assertThat(server.requests()).isEqualTo(1);
        }
    }
}
