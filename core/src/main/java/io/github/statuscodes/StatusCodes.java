package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: lookups in the built-in registry of every IANA status code and the widely met
 * non-standard ones (nginx, AWS ELB, Cloudflare, IIS, Esri, ...).
 *
 * <p>A static facade over {@link StatusRegistry#defaults()}; use a {@link StatusRegistry} of your
 * own for codes the library does not know. Thread-safe; lookups take no lock and do not allocate.
 *
 * <pre>{@code
 * StatusCodes.of(460).isRetryable();          // false: the client gave up by itself
 * StatusCodes.of(503).isRetryable("POST");    // true: the request was not processed
 * StatusCodes.of(499, Vendor.ESRI);           // Esri's "Token Required", not nginx's meaning
 * StatusCodes.meanings(420);                  // Twitter's and Spring's meanings
 * StatusCodes.resolve(520, name -> String.join(", ", okHttpResponse.headers(name)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatusCodes {

    private StatusCodes() {
    }

    /**
     * Returns the primary meaning of a number: the IANA one where it exists, else the most widely
     * seen. Numbers 100 to 999 that nobody defines give a shared
     * {@linkplain StatusCode#isRegistered() unregistered} code of the right class; this method
     * never throws for them. O(1), no allocation, the same instance every time.
     *
     * @param code the status code
     * @return the primary meaning, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999, naming the value
     */
    public static StatusCode of(int code) {
        // StatusRegistry.of on the default registry, without loading StatusRegistry: the first
        // call in a JVM loads only this class, DefaultCodes and StatusCode (BENCHMARKS.md,
        // "0.3.0 start-up"); StatusCodesTest checks that both agree on every int.
        int i = code - StatusRegistry.MIN;
        if (i < 0 || i > StatusRegistry.MAX - StatusRegistry.MIN) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        StatusCode c = DefaultCodes.PRIMARY[i];
        return c != null ? c : StatusRegistry.Unregistered.CODES[i];
    }

    /**
     * Returns the vendor's meaning of a number, else {@link #of(int)}.
     *
     * @param code the status code
     * @param vendor the vendor that produced the response
     * @return the vendor's meaning, else the primary one
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code vendor} is
     *     null
     * @see StatusRegistry#of(int, Vendor)
     */
    public static StatusCode of(int code, Vendor vendor) {
        return StatusRegistry.defaults().of(code, vendor);
    }

    /**
     * Returns the meaning of a response's code, telling the vendor from its headers.
     *
     * @param code the status code
     * @param headers a header accessor: name (case-insensitive) to the header's value (all values
     *     joined with {@code ", "} if it occurs more than once), or null if absent
     * @return the detected vendor's meaning where it defines one, else the primary
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code headers} is
     *     null
     * @see StatusRegistry#resolve(int, Function)
     */
    public static StatusCode resolve(int code, Function<String, @Nullable String> headers) {
        return StatusRegistry.defaults().resolve(code, headers);
    }

    /**
     * Returns the meaning of a response's code, telling the vendor from a header map such as
     * {@code HttpURLConnection.getHeaderFields()} or {@code java.net.http.HttpHeaders.map()}.
     * Header names are matched case-insensitively; null keys and values are ignored.
     *
     * @param code the status code
     * @param headers the response headers
     * @return the detected vendor's meaning where it defines one, else the primary
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code headers} is
     *     null
     */
    public static StatusCode resolve(int code, Map<String, ? extends List<String>> headers) {
        return StatusRegistry.defaults().resolve(code, headers);
    }

    /**
     * Finds the registered primary meaning of a number.
     *
     * @param code any int
     * @return the primary meaning; empty for numbers nobody defines and outside 100..999
     */
    public static Optional<StatusCode> find(int code) {
        return StatusRegistry.defaults().find(code);
    }

    /**
     * Finds one vendor's meaning of a number, without falling back to the primary one.
     *
     * @param code any int
     * @param vendor the vendor
     * @return the vendor's meaning, or empty
     * @throws NullPointerException if {@code vendor} is null
     */
    public static Optional<StatusCode> find(int code, Vendor vendor) {
        return StatusRegistry.defaults().find(code, vendor);
    }

    /**
     * Returns every registered meaning of a number, the primary first.
     *
     * @param code the status code
     * @return an immutable list; empty if nobody defines the number
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     */
    public static List<StatusCode> meanings(int code) {
        return StatusRegistry.defaults().meanings(code);
    }

    /**
     * Returns every registered meaning, by number, the primary meaning of each number first.
     *
     * @return an immutable list
     */
    public static List<StatusCode> all() {
        return StatusRegistry.defaults().all();
    }

    /**
     * Returns one vendor's codes in ascending order.
     *
     * @param vendor the vendor
     * @return an immutable list; empty if the vendor has no built-in code
     * @throws NullPointerException if {@code vendor} is null
     */
    public static List<StatusCode> byVendor(Vendor vendor) {
        return StatusRegistry.defaults().byVendor(vendor);
    }
}
