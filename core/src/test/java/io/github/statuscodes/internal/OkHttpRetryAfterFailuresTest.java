package io.github.statuscodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ProtocolException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OkHttpRetryAfterFailuresTest {
    private static NumberFormatException fromOkHttp(String message) {
        NumberFormatException e = new NumberFormatException(message);
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.lang.Integer", "parseInt", "Integer.java", 1),
            new StackTraceElement("okhttp3.internal.http.RetryAndFollowUpInterceptor",
                    "retryAfter", "RetryAndFollowUpInterceptor.kt", 1),
        });
        return e;
    }

    @Test
    void okHttpsFailureNamesTheValueTheRequestAndOkHttp() {
        ProtocolException p = OkHttpRetryAfterFailures.translate(
                fromOkHttp("For input string: \"99999999999\""), "GET", "http://h/x");
        assertThat(p).isNotNull();
        assertThat(p.getMessage()).startsWith(
                "OkHttp cannot read the Retry-After \"99999999999\" of the response to GET"
                + " http://h/x");
        assertThat(p.getCause()).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aNumberFormatExceptionFromElsewhereIsLeftAlone() {
        assertThat(OkHttpRetryAfterFailures.translate(new NumberFormatException("x"), "GET",
                "http://h/x")).isNull();
    }

    @Test
    void anotherRuntimeExceptionIsLeftAlone() {
        IllegalStateException e = new IllegalStateException("x");
        e.setStackTrace(fromOkHttp("x").getStackTrace());
        assertThat(OkHttpRetryAfterFailures.translate(e, "GET", "http://h/x")).isNull();
    }

    @Property
    void anyMessageGivesAMessageThatNamesTheRequest(@ForAll String message) {
        ProtocolException p = OkHttpRetryAfterFailures.translate(fromOkHttp(message), "PUT",
                "http://h/y");
        assertThat(p).isNotNull();
        assertThat(p.getMessage()).contains(" of the response to PUT http://h/y: ");
    }
}
