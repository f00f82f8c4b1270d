package io.github.statuscodes.benchmarks;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.VendorDetection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Headers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #5, item 2: {@code of(int, Vendor)} and vendor detection from realistic response headers.
 *
 * <p>No peer has either, so the reference is {@code of(int)} on the same codes: the ratio says
 * what knowing the vendor costs on top of the plain lookup.
 *
 * <ul>
 *   <li>{@code ofVendorHit}: every non-IANA code the registry holds, with its own vendor (nginx
 *       499, AWS ELB 460, Cloudflare 520, Esri 499, ...), so the vendor's meaning is found. The
 *       list is read from the registry at set-up, so it grows with the data.
 *   <li>{@code ofVendorFallback}: the {@link Inputs#CODES} mix with {@code Vendor.NGINX}, which
 *       defines none of them but 499, so most fall back to the primary meaning.
 *   <li>{@code detect*} and {@code resolve*}: four header sets as an nginx, a Cloudflare, an AWS
 *       ELB and a vendor-neutral application server send them (5 to 8 headers each), read through
 *       OkHttp's {@code Headers} (a case-insensitive linear scan, like most clients) and through a
 *       {@code Map<String, List<String>>} as {@code java.net.http.HttpHeaders.map()} gives.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class VendorBenchmark {
    private static final int MIX = 16;

    private int[] hitCodes;
    private Vendor[] hitVendors;
    private final int[] codes = Inputs.CODES.clone();

    /** Per slot of the mix: a code and the headers of the response that carried it. */
    private int[] responseCodes;
    private Headers[] headers;
    private Function<String, String>[] accessors;
    private List<Map<String, List<String>>> maps;
    private int i;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        List<StatusCode> vendorCodes = new ArrayList<>();
        for (StatusCode c : StatusCodes.all()) {
            if (!c.vendor().equals(Vendor.IANA)) {
                vendorCodes.add(c);
            }
        }
        hitCodes = new int[MIX];
        hitVendors = new Vendor[MIX];
        for (int k = 0; k < MIX; k++) {
            StatusCode c = vendorCodes.get(k % vendorCodes.size());
            hitCodes[k] = c.code();
            hitVendors[k] = c.vendor();
        }

        Headers nginx = Headers.of(
                "Server", "nginx/1.25.3",
                "Date", "Tue, 03 Nov 2026 10:15:00 GMT",
                "Content-Type", "text/html",
                "Content-Length", "157",
                "Connection", "keep-alive");
        Headers cloudflare = Headers.of(
                "Date", "Tue, 03 Nov 2026 10:15:00 GMT",
                "Content-Type", "text/html; charset=UTF-8",
                "Transfer-Encoding", "chunked",
                "Connection", "keep-alive",
                "Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate",
                "Expires", "Thu, 01 Jan 1970 00:00:01 GMT",
                "Server", "cloudflare",
                "CF-RAY", "8f0c2e1a3b4d5e6f-AMS");
        Headers awsElb = Headers.of(
                "Server", "awselb/2.0",
                "Date", "Tue, 03 Nov 2026 10:15:00 GMT",
                "Content-Type", "text/html",
                "Content-Length", "110",
                "Connection", "keep-alive");
        Headers app = Headers.of(
                "Date", "Tue, 03 Nov 2026 10:15:00 GMT",
                "Content-Type", "application/json",
                "Content-Length", "512",
                "Vary", "Accept-Encoding",
                "X-Request-Id", "5f2b6c1e-8d4a-4b7e-9c3f-1a2b3c4d5e6f",
                "Cache-Control", "no-cache");
        // The code each kind of server typically answers with, four of each.
        Object[][] slots = {
            {499, nginx}, {520, cloudflare}, {460, awsElb}, {200, app},
            {404, nginx}, {522, cloudflare}, {503, awsElb}, {500, app},
            {502, nginx}, {503, cloudflare}, {504, awsElb}, {404, app},
            {200, nginx}, {429, cloudflare}, {200, awsElb}, {499, app},
        };
        responseCodes = new int[MIX];
        headers = new Headers[MIX];
        accessors = new Function[MIX];
        maps = new ArrayList<>(MIX);
        for (int k = 0; k < MIX; k++) {
            responseCodes[k] = (Integer) slots[k][0];
            headers[k] = (Headers) slots[k][1];
            accessors[k] = headers[k]::get;
            Map<String, List<String>> m = new LinkedHashMap<>();
            for (String name : headers[k].names()) {
                m.put(name, headers[k].values(name));
            }
            maps.add(m);
        }
    }

    private int next() {
        return i++ & (MIX - 1);
    }

    /** Reference: {@code of(int)} on the same codes as {@link #ofVendorHit()}. */
    @Benchmark
    public StatusCode ofPrimary() {
        return StatusCodes.of(hitCodes[next()]);
    }

    /** {@code of(int, Vendor)} where the vendor defines the code. */
    @Benchmark
    public StatusCode ofVendorHit() {
        int k = next();
        return StatusCodes.of(hitCodes[k], hitVendors[k]);
    }

    /** {@code of(int, Vendor)} where the vendor mostly does not define the code. */
    @Benchmark
    public StatusCode ofVendorFallback() {
        return StatusCodes.of(codes[next()], Vendor.NGINX);
    }

    /** Reference for detection: {@code of(int)} on the response codes of the header mix. */
    @Benchmark
    public StatusCode resolveReferenceOf() {
        return StatusCodes.of(responseCodes[next()]);
    }

    /** {@code VendorDetection.detect} with an accessor built once per response. */
    @Benchmark
    public Optional<Vendor> detect() {
        return VendorDetection.detect(accessors[next()]);
    }

    /** {@code StatusCodes.resolve(code, accessor)} with an accessor built once per response. */
    @Benchmark
    public StatusCode resolveAccessor() {
        int k = next();
        return StatusCodes.resolve(responseCodes[k], accessors[k]);
    }

    /** As a user writes it: {@code StatusCodes.resolve(code, response.headers()::get)}. */
    @Benchmark
    public StatusCode resolveMethodReference() {
        int k = next();
        Headers h = headers[k];
        return StatusCodes.resolve(responseCodes[k], h::get);
    }

    /** {@code StatusCodes.resolve(code, Map<String, List<String>>)}. */
    @Benchmark
    public StatusCode resolveMap() {
        int k = next();
        return StatusCodes.resolve(responseCodes[k], maps.get(k));
    }
}
