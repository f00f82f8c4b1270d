package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Envoy, Istio, Envoy JSON, CloudFront, Google Cloud, Azure Application Gateway and IIS logs, on
 * the fixtures {@code formats/NAME.log} (sources in their notes): each read whole, its give-ups counted
 * under their signal, the planted client timeout found, and 5xx split by who made them.
 */
class ProxyFormatsTest {
    /** What one pass over a fixture found. */
    static final class Read {
        final String format;
        long lines;
        long parsed;
        long headers;
        long noStatus;
        final Map<String, Integer> signals = new TreeMap<>();
        long gaveUp;
        long gaveUpAfterBackendAnswer;
        final Histogram goneOnReport = new Histogram();
        long fiveFromProxy;
        long fiveFromBackend;
        long withTime;
        final StringBuilder unparsed = new StringBuilder();

        Read(String format) {
            this.format = format;
        }
    }

    /** The log lines of {@code formats/NAME}, its {@code ## } notes dropped. */
    static List<String> fixture(String name) throws IOException {
        return Fixtures.lines(name);
    }

    /** Reads every line as {@code logs} does: headers first, then the format of the moment. */
    static Read read(LogFormat format, List<String> lines) {
        Read r = new Read(format.name());
        LogFormat current = format;
        LogLine line = new LogLine();
        for (String s : lines) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            r.lines++;
            LogFormat h = current.header(b, 0, b.length);
            if (h != null) {
                current = h;
                r.headers++;
                continue;
            }
            if (!current.parse(b, 0, b.length, line)) {
                r.unparsed.append(s).append('\n');
                continue;
            }
            r.parsed++;
            if (line.status == LogLine.NONE) {
                r.noStatus++;
            }
            if (line.timeMillis != LogLine.NO_TIME) {
                r.withTime++;
            }
            if (line.signal != null) {
                r.signals.merge(line.signal, 1, Integer::sum);
            }
            if (line.clientGaveUp) {
                r.gaveUp++;
                if (line.backendStatus > 0) {
                    r.gaveUpAfterBackendAnswer++;
                }
                String target = new String(b, line.targetFrom, line.targetTo - line.targetFrom,
                        StandardCharsets.UTF_8);
                // the planted give-ups are on ids 1000..1029
                if (target.matches(".*/10[0-2][0-9]([/?].*)?") && line.durationMillis >= 0) {
                    r.goneOnReport.add(line.durationMillis);
                }
            }
            if (line.status >= 500 && line.status < 600) {
                if (line.backendStatus == line.status) {
                    r.fiveFromBackend++;
                } else if (line.backendStatus == 0) {
                    r.fiveFromProxy++;
                }
            }
        }
        return r;
    }

    static void assertPlantedCluster(Read r, double seconds) {
        Cluster c = Cluster.find(r.goneOnReport);
        assertThat(c).as(r.format).isNotNull();
        // within the histogram's resolution (about 0.4 %) of the planted value
        assertThat(c.centerMillis).as(r.format)
                .isCloseTo(seconds * 1000, within(Math.max(25, seconds * 5)));
        assertThat(c.count).as(r.format).isEqualTo(30);
    }

    static LogFormat detect(List<String> lines) throws IOException {
        byte[] b = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        List<LogFormat> found = FormatDetection.detect(
                new BufferedInputStream(new ByteArrayInputStream(b)));
        assertThat(found).as("formats that read these lines best").hasSize(1);
        return found.get(0);
    }

    @Test
    void envoyDefaultFormat() throws IOException {
        List<String> lines = fixture("envoy.log");
        Read r = read(EnvoyFormat.envoy(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.parsed).isEqualTo(lines.size());
        // three quoted 0 DC lines, 35 generated
        assertThat(r.signals).isEqualTo(Map.of("DC", 38));
        assertThat(r.gaveUp).isEqualTo(38);
        assertThat(r.noStatus).isEqualTo(38);
        assertThat(r.withTime).isEqualTo(lines.size());
        assertPlantedCluster(r, 10.0);
        assertThat(r.fiveFromProxy).isEqualTo(3); // 503 UF,URX, no upstream service time
        assertThat(r.fiveFromBackend).isEqualTo(2); // 503 with an upstream service time
        assertThat(detect(lines).name()).isEqualTo("envoy");
    }

    @Test
    void istioDefaultFormat() throws IOException {
        List<String> lines = fixture("istio.log");
        Read r = read(EnvoyFormat.istio(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.signals).isEqualTo(Map.of("DC", 36));
        assertPlantedCluster(r, 15.0);
        assertThat(r.fiveFromProxy).isEqualTo(3);
        assertThat(r.fiveFromBackend).isEqualTo(2);
        assertThat(detect(lines).name()).isEqualTo("istio");
        // the two Envoy text formats do not read each other's lines
        assertThat(read(EnvoyFormat.envoy(), lines).parsed).isZero();
        assertThat(read(EnvoyFormat.istio(), fixture("envoy.log")).parsed).isZero();
    }

    @Test
    void envoyTellsA200DcAfterTheBackendAnsweredFromA0Dc() {
        LogLine started = parse(EnvoyFormat.envoy(), "[2026-12-01T10:00:00.000Z] \"GET /big"
                + " HTTP/1.1\" 200 DC 0 39796736 398 12 \"-\" \"curl\" \"id\" \"a\" \"10.0.0.1:80\"");
        assertThat(started.status).isEqualTo(200);
        assertThat(started.clientGaveUp).isTrue();
        assertThat(started.signal).isEqualTo("DC");
        assertThat(started.backendStatus).isEqualTo(200); // work done and thrown away
        assertThat(started.durationMillis).isEqualTo(398);
        LogLine never = parse(EnvoyFormat.istio(), "[2022-07-20T12:34:35.400Z] \"GET /reviews/0"
                + " HTTP/1.1\" 0 DC downstream_remote_disconnect - \"-\" 0 0 497 - \"-\" \"M\""
                + " \"a9f0\" \"reviews:9080\" \"10.0.2.12:9080\" inbound|9080|| 127.0.0.6:38479"
                + " 10.0.2.12:9080 10.0.2.10:44922 outbound_.9080_.v2_.reviews default");
        assertThat(never.status).isEqualTo(LogLine.NONE);
        assertThat(never.backendStatus).isZero();
        assertThat(never.durationMillis).isEqualTo(497);
        assertThat(never.timeMillis).isEqualTo(1_658_320_475_400L);
        LogLine timeout = parse(EnvoyFormat.envoy(), "[2026-12-01T10:00:00.000Z] \"GET /x"
                + " HTTP/1.1\" 504 UT 0 24 15001 - \"-\" \"curl\" \"id\" \"a\" \"10.0.0.1:80\"");
        assertThat(timeout.clientGaveUp).isFalse();
        assertThat(timeout.signal).isNull();
        assertThat(timeout.backendStatus).isZero();
    }

    @Test
    void envoyJsonLogs() throws IOException {
        List<String> lines = fixture("envoy-json.log");
        Read r = read(new EnvoyJsonFormat(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.signals).isEqualTo(Map.of("DC", 35));
        assertThat(r.noStatus).isEqualTo(35);
        assertPlantedCluster(r, 5.0);
        assertThat(r.fiveFromProxy).isEqualTo(3); // 504 UT
        assertThat(r.fiveFromBackend).isEqualTo(2);
        assertThat(detect(lines).name()).isEqualTo("envoy-json");
        // Istio's JSON spelling, string values
        LogLine l = parse(new EnvoyJsonFormat(), "{\"start_time\":\"2024-01-01T00:00:00.000Z\","
                + "\"method\":\"GET\",\"path\":\"/a\",\"response_code\":\"0\",\"response_flags\":"
                + "\"-\",\"response_code_details\":\"downstream_remote_disconnect\","
                + "\"duration\":\"1870\",\"upstream_service_time\":\"-\"}");
        assertThat(l.signal).isEqualTo("DC".equals(l.signal) ? "DC"
                : EnvoyFields.DOWNSTREAM_REMOTE_DISCONNECT);
        assertThat(l.clientGaveUp).isTrue();
        assertThat(l.durationMillis).isEqualTo(1870);
    }

    @Test
    void cloudFrontStandardLogs() throws IOException {
        List<String> lines = fixture("cloudfront.log");
        Read r = read(new CloudFrontFormat(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.headers).isEqualTo(2);
        assertThat(r.parsed).isEqualTo(lines.size() - 2);
        assertThat(r.signals).isEqualTo(Map.of("ClientCommError", 35));
        assertThat(r.noStatus).isEqualTo(35);
        assertPlantedCluster(r, 30.0);
        // AWS's three 502 OriginDnsError examples and three generated OriginConnectError
        assertThat(r.fiveFromProxy).isEqualTo(6);
        assertThat(r.fiveFromBackend).isEqualTo(2); // 503 Miss
        assertThat(detect(lines).name()).isEqualTo("cloudfront");
        // without the header: the documented field order
        List<String> bare = lines.subList(2, lines.size());
        assertThat(read(new CloudFrontFormat(), bare).parsed).isEqualTo(bare.size());
        assertThat(detect(bare).name()).isEqualTo("cloudfront");
    }

    @Test
    void cloudFrontReadsAClientThatLeftDuringTheDownload() {
        String[] f = fixtureFields();
        f[8] = "200";
        f[13] = "Error";
        f[22] = "Hit";
        f[28] = "Error";
        LogLine l = parse(new CloudFrontFormat(), String.join("\t", f));
        assertThat(l.status).isEqualTo(200);
        assertThat(l.clientGaveUp).isTrue();
        assertThat(l.signal).isEqualTo("Error");
    }

    private static String[] fixtureFields() {
        return ("2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td1.cloudfront.net\t/index.html"
                + "\t200\t-\tcurl\t-\t-\tHit\tid==\td1.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2"
                + "\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html"
                + "\t78\t-\t-").split("\t");
    }

    @Test
    void googleCloudLoadBalancerLogs() throws IOException {
        List<String> lines = fixture("gcp-lb.log");
        Read r = read(new GcpLbFormat(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.signals).isEqualTo(Map.of(GcpLbFormat.CLIENT_DISCONNECTED_BEFORE_ANY_RESPONSE,
                35, GcpLbFormat.CLIENT_DISCONNECTED_AFTER_PARTIAL_RESPONSE, 1));
        assertThat(r.noStatus).isEqualTo(35);
        assertThat(r.gaveUp).isEqualTo(36);
        assertPlantedCluster(r, 10.0);
        assertThat(r.fiveFromProxy).isEqualTo(3);
        assertThat(r.fiveFromBackend).isEqualTo(2);
        assertThat(detect(lines).name()).isEqualTo("gcp-lb");
    }

    @Test
    void azureApplicationGatewayLogsBothShapes() throws IOException {
        List<String> lines = fixture("azure-appgw.log");
        Read r = read(new AzureAppGatewayFormat(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.signals).isEqualTo(Map.of("ERRORINFO_CLIENT_CLOSED_REQUEST", 35));
        assertThat(r.gaveUp).isEqualTo(35);
        assertPlantedCluster(r, 20.0);
        assertThat(r.fiveFromProxy).isEqualTo(3);
        assertThat(r.fiveFromBackend).isEqualTo(2);
        assertThat(detect(lines).name()).isEqualTo("azure-appgw");
        LogLine v2 = parse(new AzureAppGatewayFormat(), lines.get(0));
        assertThat(v2.durationMillis).isEqualTo(34); // "timeTaken": 0.034 (seconds)
        assertThat(v2.backendStatus).isEqualTo(200);
        LogLine v1 = parse(new AzureAppGatewayFormat(), lines.get(1));
        assertThat(v1.durationMillis).isEqualTo(205); // "timeTaken": 205 (milliseconds)
        assertThat(v1.backendStatus).isEqualTo(404); // SERVER-STATUS=404 in requestQuery
        assertThat(v1.timeMillis).isEqualTo(1_493_234_858_000L);
        LogLine zero = parse(new AzureAppGatewayFormat(), lines.get(1)
                .replace("\"httpStatus\":404", "\"httpStatus\":0"));
        assertThat(zero.status).isEqualTo(LogLine.NONE);
        assertThat(zero.clientGaveUp).isTrue();
        assertThat(zero.signal).isEqualTo("0");
    }

    @Test
    void iisW3cLogs() throws IOException {
        List<String> lines = fixture("iis.log");
        Read r = read(new IisFormat(), lines);
        assertThat(r.unparsed).isEmpty();
        assertThat(r.headers).isEqualTo(12); // three blocks of #Software #Version #Date #Fields
        // one quoted 64 and 35 generated give-ups; 3 generated 1236s are IIS's own, not give-ups
        assertThat(r.signals).isEqualTo(Map.of("64", 36, "1236", 3));
        assertThat(r.gaveUp).isEqualTo(36);
        assertThat(r.noStatus).isZero();
        assertPlantedCluster(r, 60.0);
        assertThat(r.fiveFromProxy + r.fiveFromBackend).isZero(); // IIS logs no backend
        assertThat(detect(lines).name()).isEqualTo("iis");
    }

    @Test
    void detectionReadsAW3cFieldsHeaderWithAnyLayout() throws IOException {
        // IIS with fields chosen and ordered by hand: not IIS's default selection
        List<String> iis = List.of("#Software: Microsoft Internet Information Services 10.0",
                "#Version: 1.0", "#Date: 2026-12-01 10:00:00",
                "#Fields: time-taken sc-win32-status sc-status cs-uri-stem cs-method time date",
                "60012 64 200 /report/1 GET 10:00:01 2026-12-01",
                "412 0 200 /report/2 GET 10:00:02 2026-12-01",
                "59990 1236 200 /report/3 POST 10:00:03 2026-12-01");
        assertThat(detect(iis).name()).isEqualTo("iis");
        Read r = read(detect(iis), iis);
        assertThat(r.parsed).isEqualTo(3);
        assertThat(r.gaveUp).as("64 is the client's sign, 1236 IIS's own").isEqualTo(1);
        // CloudFront with a subset of its fields, in another order
        List<String> cf = List.of("#Version: 1.0",
                "#Fields: x-edge-detailed-result-type time-taken sc-status cs-uri-stem cs-method"
                        + " x-edge-result-type time date",
                "ClientCommError\t30.001\t000\t/report/1\tGET\tError\t10:00:01\t2026-12-01",
                "Miss\t0.412\t200\t/report/2\tGET\tMiss\t10:00:02\t2026-12-01");
        assertThat(detect(cf).name()).isEqualTo("cloudfront");
        Read c = read(detect(cf), cf);
        assertThat(c.parsed).isEqualTo(2);
        assertThat(c.signals).isEqualTo(Map.of("ClientCommError", 1));
    }

    static LogLine parse(LogFormat f, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(f.parse(b, 0, b.length, line)).as(s).isTrue();
        return line;
    }
}
