package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttemptOptionsTest {
    static final Request.Options USERS = new Request.Options(10, TimeUnit.SECONDS, 60,
            TimeUnit.SECONDS, false);

    static RetryCall call(Duration callTimeout) {
        return RetryPolicy.builder().callTimeout(callTimeout).build()
                .newCall("GET", URI.create("http://127.0.0.1/"), true, RetryListener.NONE);
    }

    @Test
    void withoutACallTimeoutTheUsersOptionsAreUsedAsTheyAre() {
        RetryCall call = RetryPolicy.defaults().newCall("GET", URI.create("http://127.0.0.1/"),
                true, RetryListener.NONE);

        assertThat(AttemptOptions.of(USERS, call, true)).isSameAs(USERS);
    }

    @Test
    void longerTimeoutsAreCutToWhatIsLeftOfTheCall() {
        Request.Options o = AttemptOptions.of(USERS, call(Duration.ofSeconds(2)), true);

        assertThat(o.readTimeoutMillis()).isBetween(1, 2000);
        assertThat(o.connectTimeoutMillis()).isBetween(1, 2000);
        assertThat(o.isFollowRedirects()).isFalse();
    }

    @Test
    void shorterTimeoutsAreKept() {
        Request.Options users = new Request.Options(50, TimeUnit.MILLISECONDS, 200,
                TimeUnit.MILLISECONDS, true);

        assertThat(AttemptOptions.of(users, call(Duration.ofMinutes(1)), true)).isSameAs(users);
    }

    @Test
    void feignsZeroMeansNoTimeoutAndIsBounded() {
        Request.Options none = new Request.Options(0, TimeUnit.MILLISECONDS, 0,
                TimeUnit.MILLISECONDS, true);

        Request.Options o = AttemptOptions.of(none, call(Duration.ofSeconds(3)), true);

        assertThat(o.readTimeoutMillis()).isBetween(1, 3000);
        assertThat(o.connectTimeoutMillis()).isBetween(1, 3000);
    }

    @Test
    void theConnectTimeoutIsLeftAloneWhereTheClientWouldBuildAClientForIt() {
        Request.Options o = AttemptOptions.of(USERS, call(Duration.ofSeconds(2)), false);

        assertThat(o.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(o.readTimeoutMillis()).isBetween(1, 2000);
    }

    @Test
    void aSpentCallStillGivesOneMillisecondNotFeignsNoTimeout() throws InterruptedException {
        RetryCall call = call(Duration.ofMillis(1));
        Thread.sleep(20);

        Request.Options o = AttemptOptions.of(USERS, call, true);

        assertThat(o.readTimeoutMillis()).isEqualTo(1);
        assertThat(o.connectTimeoutMillis()).isEqualTo(1);
    }
}
