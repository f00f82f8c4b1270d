package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A parameter that takes null (the method answers instead of throwing) is marked {@code @Nullable},
 * so that Kotlin and NullAway let a caller pass an absent value; in the {@code @NullMarked} package
 * an unmarked parameter means "never null".
 */
class NullAcceptingParametersTest {

    private static boolean nullable(Method m, int parameter) {
        AnnotatedType t = m.getAnnotatedParameterTypes()[parameter];
        return t.isAnnotationPresent(Nullable.class);
    }

    @Test
    void retryAfterParseTakesNullAndSaysSo() throws Exception {
        // The reference case: the annotation is visible to reflection here.
        assertThat(RetryAfter.parse(null)).isEmpty();
        assertThat(nullable(RetryAfter.class.getMethod("parse", String.class), 0)).isTrue();
    }

    @Test
    void logSignalsFindTakesANullTokenAndSaysSo() throws Exception {
        assertThat(LogSignals.find(Vendor.ENVOY, null)).isEmpty();
        assertThat(nullable(LogSignals.class.getMethod("find", Vendor.class, String.class), 1))
                .as("LogSignals.find's token is documented 'null or unknown gives empty'")
                .isTrue();
    }

    @Test
    void logSignalsFindAllTakesANullValueAndSaysSo() throws Exception {
        assertThat(LogSignals.findAll(Vendor.ENVOY, null)).isEmpty();
        assertThat(nullable(LogSignals.class.getMethod("findAll", Vendor.class, String.class), 1))
                .as("LogSignals.findAll's value is documented 'null gives an empty list'")
                .isTrue();
    }

    @Test
    void logSignalEqualsTakesNullAsStatusCodeAndVendorDo() throws Exception {
        LogSignal s = LogSignals.find(Vendor.ENVOY, "UF").orElseThrow();
        assertThat(s.equals(null)).isFalse();
        assertThat(nullable(StatusCode.class.getMethod("equals", Object.class), 0)).isTrue();
        assertThat(nullable(LogSignal.class.getMethod("equals", Object.class), 0)).isTrue();
    }
}
