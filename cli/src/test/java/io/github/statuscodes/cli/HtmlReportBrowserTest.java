package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The {@code logs --html} report opened in a real browser: Debian's chromium driven through its
 * own chromedriver (Selenium, no driver download), with reports made from the format fixtures,
 * from generated logs and from a log with hostile paths. It asserts what a person sees. .ci/run
 * installs chromium and chromium-driver where missing; without them this test is skipped.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium or chromedriver is not installed (.ci/run installs them with apt-get"
                        + " install -y chromium chromium-driver); skipping the browser test");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1000,1300",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Writes the report of {@code log} and opens it; returns the --json model of the same run. */
    static JsonNode open(Path log, String... options) throws Exception {
        Path html = dir.resolve(log.getFileName() + ".html");
        List<String> args = new ArrayList<>(List.of("logs", "--html", html.toString()));
        args.addAll(List.of(options));
        args.add(log.toString());
        Run run = Run.of(args.toArray(new String[0]));
        assertThat(run.status).as(run.err).isZero();
        List<String> json = new ArrayList<>(List.of("logs", "--json"));
        json.addAll(List.of(options));
        json.add(log.toString());
        Run model = Run.of(json.toArray(new String[0]));
        driver.manage().logs().get(LogType.PERFORMANCE); // drop what came before
        driver.get(html.toUri().toString());
        return JSON.readTree(model.out);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** No console message, no request but the page's own, the model embedded unchanged. */
    static void assertSafeAndSelfContained(JsonNode model) throws Exception {
        List<String> console = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(e.getLevel() + " " + e.getMessage());
        }
        assertThat(console).as("console").isEmpty();
        String url = driver.getCurrentUrl();
        // the page's requests (by the document that made them), and any request to the network
        // from anywhere in the browser (its own chrome:// and data: loads are not the page's)
        List<String> fromPage = new ArrayList<>();
        List<String> network = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = JSON.readTree(e.getMessage()).path("message");
            if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                String request = m.path("params").path("request").path("url").asText();
                if (m.path("params").path("documentURL").asText().equals(url)) {
                    fromPage.add(request);
                }
                if (request.matches("(?i)(https?|wss?|ftp):.*")) {
                    network.add(request);
                }
            }
        }
        assertThat(fromPage).as("the page's requests").containsExactly(url);
        assertThat(network).as("network requests").isEmpty();
        assertThat(((Number) js("return performance.getEntriesByType('resource').length"))
                .intValue()).as("resources fetched").isZero();
        String csp = driver.findElement(By.cssSelector("meta[http-equiv=Content-Security-Policy]"))
                .getAttribute("content");
        assertThat(csp).startsWith("default-src 'none';").contains("script-src 'sha256-");
        String embedded = (String) js("return document.getElementById('model').textContent");
        assertThat(JSON.readTree(embedded)).isEqualTo(model);
        assertThat(((Number) js("return document.scripts.length")).intValue()).isEqualTo(2);
    }

    static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static long sum(List<WebElement> bars) {
        long n = 0;
        for (WebElement b : bars) {
            n += Long.parseLong(b.getAttribute("data-n"));
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // fixture, give-ups of the first finding, its cluster, successes, proxy timeout marks
        "traefik-json, 24, 5.00 s, 120, 0",
        "traefik, 30, 5.00 s, 120, 0",
        "caddy, 22, 3.00 s, 123, 0", // 120 generated successes and the 3 quoted /foo lines
        "haproxy, 40, 10.0 s, 120, 0",
        "combined-times, 30, 10.0 s, 50, 1",
    })
    void eachFormatsFixtureShowsItsPlantedTimeout(String fixture, long giveUps, String cluster,
            long successes, int marks) throws Exception {
        Path log = Path.of("src/test/resources/formats", fixture + ".log");
        JsonNode model = open(log);
        assertSafeAndSelfContained(model);
        assertTextInsideCharts();
        WebElement first = all("figure.finding").get(0);
        List<WebElement> gone = first.findElements(By.cssSelector("svg.dur .gone rect"));
        List<WebElement> done = first.findElements(By.cssSelector("svg.dur .done rect"));
        assertThat(sum(gone)).isEqualTo(giveUps);
        assertThat(gone).hasSize(1); // every give-up at one value: one bar
        assertThat(sum(done)).isEqualTo(successes);
        assertThat(first.findElements(By.cssSelector(".cluster"))).hasSize(1);
        assertThat(first.findElement(By.cssSelector(".cluster text")).getText())
                .startsWith(cluster + " ± ");
        assertThat(first.findElements(By.cssSelector("svg.dur .ref"))).hasSize(marks);
        assertThat(driver.findElement(By.id("verdict")).getText()).contains(cluster);
        assertThat(all("#findings .card")).isNotEmpty();
        assertThat(all("#codes-table tbody tr")).hasSize(model.get("codes").size());
    }

    /** The plan of the generated proxy fixtures (resources/README.md, proxy-fixtures.py). */
    static final int AT_TIMEOUT = 30;
    static final double[] SCATTERED_S = {0.5, 1.8, 3.1, 4.4, 5.7};
    static final int SUCCESSES = 40;

    /** Successes of the plan, 0.2 + i × 0.35 s, that took at least {@code seconds}. */
    static long planSuccessesAtLeast(double seconds) {
        long n = 0;
        for (int i = 0; i < SUCCESSES; i++) {
            n += 0.2 + i * 0.35 >= seconds - 1e-9 ? 1 : 0;
        }
        return n;
    }

    /**
     * The fixtures written by proxy-fixtures.py, each with the plan of resources/README.md: on
     * the endpoint, 30 give-ups at the planted timeout (± 20 ms), 5 scattered (0.5 + i × 1.3 s),
     * 40 successes 0.2 + i × 0.35 s. IIS logs the give-ups as 200 with sc-win32-status 64 (its
     * 1236 lines are IIS's own aborts, on another endpoint, and no give-ups). Marks: the vendor's documented default timeout (Envoy's route timeout 15 s,
     * which Istio turns off; CloudFront's origin response timeout 30 s; Google Cloud's backend
     * service timeout 30 s), none for Azure (no single documented default) and IIS (no proxy).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // fixture, endpoint, planted timeout (s), plan indices in the first finding, mark (ms)
        "envoy, GET /report/{id}, 10, all, 15000",
        "istio, GET /report/{id}, 15, all, ''",
        "envoy-json, POST /api/orders/{id}/pay, 5, all, 15000",
        "cloudfront, GET /report/{id}, 30, all, 30000",
        "gcp-lb, GET /report/{id}, 10, all, 30000",
        "azure-appgw, GET /report/{id}, 20, all, ''",
        "iis, GET /report/{id}, 60, all, ''",
    })
    void eachGeneratedProxyFixtureShowsThePlannedTimeout(String fixture, String endpoint,
            double timeout, String indices, String mark) throws Exception {
        boolean all = indices.equals("all");
        int atTimeout = 0;
        int scattered = 0;
        for (int n = 0; n < AT_TIMEOUT + SCATTERED_S.length; n++) {
            if (all || n % 3 != 0) {
                if (n < AT_TIMEOUT) {
                    atTimeout++;
                } else {
                    scattered++;
                }
            }
        }
        int giveUps = atTimeout + scattered;
        JsonNode model = open(Path.of("src/test/resources/formats", fixture + ".log"));
        assertSafeAndSelfContained(model);
        assertTextInsideCharts();
        WebElement first = all("figure.finding").get(0);
        assertThat(first.findElement(By.tagName("h3")).getText())
                .startsWith(endpoint + " — " + giveUps + " × ");
        List<WebElement> gone = first.findElements(By.cssSelector("svg.dur .gone rect"));
        assertThat(sum(gone)).isEqualTo(giveUps);
        // ten bars a decade: the timeout's bar and one for each scattered give-up (0.5 to 5.7 s
        // lie in different bars, none in a planted timeout's)
        assertThat(gone).hasSize(1 + scattered);
        assertThat(gone.stream().mapToLong(b -> Long.parseLong(b.getAttribute("data-n"))).max()
                .getAsLong()).isEqualTo(atTimeout);
        assertThat(sum(first.findElements(By.cssSelector("svg.dur .done rect"))))
                .isEqualTo(SUCCESSES);
        // the cluster: ± 20 ms of the timeout, within the histogram's 0.4 % buckets, and shown
        // to three significant digits
        assertThat(first.findElements(By.cssSelector(".cluster"))).hasSize(1);
        double ms = Double.parseDouble(first.findElement(By.cssSelector(".cluster"))
                .getAttribute("data-ms"));
        assertThat(ms).isCloseTo(timeout * 1000, within(20 + 0.004 * timeout * 1000));
        String label = first.findElement(By.cssSelector(".cluster text")).getText();
        String shown = label.substring(0, label.indexOf(" ± "));
        assertThat(Double.parseDouble(shown.replace(" s", ""))).isCloseTo(timeout,
                within(0.02 + 0.004 * timeout + 0.5 * Math.pow(10, Math.floor(Math.log10(timeout)) - 2)));
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("at " + shown);
        // successes are 350 ms apart: the cluster's lower edge (within 0.1 s under the timeout)
        // cuts off those from timeout - 0.1 s on
        assertThat(first.findElement(By.cssSelector(".cutlabel")).getText()).isEqualTo("cuts off "
                + Finding.percent(planSuccessesAtLeast(timeout - 0.1) / (double) SUCCESSES)
                + " of successful");
        List<WebElement> refs = first.findElements(By.cssSelector("svg.dur .ref"));
        if (mark.isEmpty()) {
            assertThat(refs).isEmpty();
        } else {
            assertThat(refs).hasSize(1);
            assertThat(refs.get(0).getAttribute("data-ms")).isEqualTo(mark);
        }
        // every line of the fixture has a time; the chart over time counts the endpoint's
        // give-ups of every kind (for IIS both sc-win32-status values)
        assertThat(sum(first.findElements(By.cssSelector("svg.time .gone rect"))))
                .isEqualTo(AT_TIMEOUT + SCATTERED_S.length);
        assertThat(all("#findings .card")).isNotEmpty();
        assertThat(all("#codes-table tbody tr")).hasSize(model.get("codes").size());
    }

    /**
     * A log written by a real nginx ({@link RealNginx}) in front of {@link SlowUpstream}, with
     * 10 clients that gave up after 600 ms and 8 that waited: the chart shows that cluster.
     */
    @Test
    void aLogWrittenByNginxShowsTheClientsTimeout() throws Exception {
        Assumptions.assumeTrue(RealNginx.binary() != null, "nginx is not installed; .ci/run"
                + " installs it with apt-get install -y nginx-light");
        Path log;
        try (SlowUpstream upstream = new SlowUpstream();
                RealNginx nginx = new RealNginx(Files.createDirectories(dir.resolve("nginx")),
                        upstream.port())) {
            assertThat(SlowUpstream.runClients(nginx.port)).isEqualTo(SlowUpstream.IMPATIENT);
            log = nginx.accessLog;
            SlowUpstream.awaitLines(log, SlowUpstream.PATIENT_MS.length + SlowUpstream.IMPATIENT);
        }
        JsonNode model = open(log);
        assertSafeAndSelfContained(model);
        assertTextInsideCharts();
        WebElement first = all("figure.finding").get(0);
        assertThat(first.findElement(By.tagName("h3")).getText())
                .isEqualTo("GET /report/{id} — " + SlowUpstream.IMPATIENT + " × 499");
        assertThat(sum(first.findElements(By.cssSelector("svg.dur .gone rect"))))
                .isEqualTo(SlowUpstream.IMPATIENT);
        assertThat(sum(first.findElements(By.cssSelector("svg.dur .done rect"))))
                .isEqualTo(SlowUpstream.PATIENT_MS.length);
        double ms = Double.parseDouble(first.findElement(By.cssSelector(".cluster"))
                .getAttribute("data-ms"));
        assertThat(ms).isCloseTo(SlowUpstream.CLIENT_TIMEOUT_MS, within(50.0));
        String label = first.findElement(By.cssSelector(".cluster text")).getText();
        assertThat(Double.parseDouble(label.substring(0, label.indexOf(" s ± "))))
                .isCloseTo(SlowUpstream.CLIENT_TIMEOUT_MS / 1000.0, within(0.05));
        // nginx's documented default proxy_read_timeout (the log does not say the configured one)
        List<WebElement> refs = first.findElements(By.cssSelector("svg.dur .ref"));
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).getAttribute("data-ms")).isEqualTo("60000");
        // the share cut off, counted from the log as NginxAccessLogTest does: successes whose
        // $request_time reaches the cluster's band (± 50 ms; a loaded machine may slow even the
        // fast ones past the clients' timeout)
        double center = model.get("clientGone").get(0).get("cluster").get("seconds").asDouble();
        Matcher m = Pattern.compile("\" 200 .* rt=([0-9.]+) ").matcher(Files.readString(log));
        int slower = 0;
        while (m.find()) {
            slower += Double.parseDouble(m.group(1)) >= center - 0.05 ? 1 : 0;
        }
        assertThat(first.findElement(By.cssSelector(".cutlabel")).getText()).as(
                Files.readString(log)).isEqualTo("cuts off " + Finding.percent(
                        slower / (double) SlowUpstream.PATIENT_MS.length) + " of successful");
    }

    /** Every text of every chart lies inside its chart's box (no label cut at an edge). */
    static void assertTextInsideCharts() {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js("var out=[];"
                + "document.querySelectorAll('svg.chart').forEach(function(svg){"
                + "var w=svg.viewBox.baseVal.width,h=svg.viewBox.baseVal.height;"
                + "svg.querySelectorAll('text').forEach(function(t){var b=t.getBBox();"
                + "if(b.x<-0.5||b.y<-0.5||b.x+b.width>w+0.5||b.y+b.height>h+0.5)"
                + "out.push(t.textContent+' '+b.x+','+b.y+' '+b.width+'x'+b.height);});});"
                + "return out;");
        assertThat(outside).as("chart texts outside their chart").isEmpty();
    }

    @Test
    void theDemoLogShowsTheCutOffShareTheBurstAndSortsItsTable() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        JsonNode model = open(log);
        assertSafeAndSelfContained(model);
        WebElement first = all("figure.finding").get(0);
        assertThat(first.findElement(By.tagName("h3")).getText())
                .isEqualTo("GET /report/{id} — 90 × 499");
        assertThat(sum(first.findElements(By.cssSelector("svg.dur .gone rect")))).isEqualTo(90);
        assertThat(sum(first.findElements(By.cssSelector("svg.dur .done rect")))).isEqualTo(400);
        // the cluster's lower edge is 10.2 s - 0.5 %; successes from there on are cut off
        long cut = HtmlReportLogs.demoSuccessesAtLeast(10.2 - 0.051);
        String share = Finding.percent(cut / 400.0);
        assertThat(first.findElement(By.cssSelector(".cutlabel")).getText())
                .isEqualTo("cuts off " + share + " of successful");
        assertThat(first.findElement(By.cssSelector("figcaption .summary")).getText())
                .contains("at 10.2 s ± 0.051 s").contains("cuts off " + share);
        List<WebElement> refs = first.findElements(By.cssSelector("svg.dur .ref"));
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).getAttribute("data-ms")).isEqualTo("60000");
        // give-ups over time: 2 hours of lines in 5-minute buckets; 60 + 30 give-ups in 60 min
        List<WebElement> time = first.findElements(By.cssSelector("svg.time .gone rect"));
        assertThat(sum(time)).isEqualTo(90);
        assertThat(time).hasSize(12);
        assertThat(first.findElements(By.cssSelector("svg.time .p95 rect"))).isNotEmpty();
        assertThat(first.findElement(By.cssSelector("figcaption.time")).getText())
                .startsWith("Per 5 minutes: 90 give-ups in 12 of 24 buckets with requests,"
                        + " at most 35 (10:40 UTC)").endsWith("with a burst at 10:40 UTC;"
                        + " p95 of successful requests per bucket " + p95Range() + ".");
        // cards: the timeout, and nginx's own 502s
        assertThat(all("#findings .card .kind")).extracting(WebElement::getText)
                .containsExactly("CLIENT TIMEOUT", "PROXY-MADE 5XX");
        // 5xx by origin: all 50 from nginx itself
        assertThat(all("#server-errors .px")).hasSize(1);
        assertThat(all("#server-errors .px").get(0).getAttribute("data-n")).isEqualTo("50");
        // sort the status table by count, both ways
        WebElement count = driver.findElement(By.xpath("//table[@id='codes-table']//th[3]"));
        count.click();
        // 50 × 502, 90 × 499, 600 × 200
        assertThat(column("codes-table", 1)).containsExactly("502", "499", "200");
        count.click();
        assertThat(column("codes-table", 1)).containsExactly("200", "499", "502");
        // every chart in a figure of its own with one caption, the figure's last child; the
        // legend's swatches hidden from assistive technology
        assertThat(js("return Array.prototype.filter.call(document.querySelectorAll('svg.chart'),"
                + "function(svg){var f=svg.parentElement;return f.tagName!=='FIGURE'"
                + "||f.querySelectorAll(':scope > figcaption').length!==1"
                + "||f.lastElementChild.tagName!=='FIGCAPTION';}).length")).isEqualTo(0L);
        assertThat(all("svg.chart")).hasSizeGreaterThan(2);
        assertThat(all("svg.key")).hasSize(2).allSatisfy(
                k -> assertThat(k.getAttribute("aria-hidden")).isEqualTo("true"));
        assertTextInsideCharts();
        // the screenshot: the verdict, the cards and the first chart (docs/html-report.md)
        js("document.getElementById('endpoints').scrollIntoView()");
        js("window.scrollBy(0, -window.innerHeight + 900)");
        Path png = Path.of("target", "html-report.png");
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        String docs = System.getProperty("html.screenshot");
        if (docs != null) {
            Files.copy(png, Path.of(docs), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anAlbLogMarksTheIdleTimeout() throws Exception {
        Path log = HtmlReportLogs.write(dir, "alb.log", HtmlReportLogs.alb());
        JsonNode model = open(log);
        assertSafeAndSelfContained(model);
        WebElement first = all("figure.finding").get(0);
        assertThat(first.findElement(By.tagName("h3")).getText())
                .isEqualTo("GET /export/{id} — 20 × 460");
        assertThat(first.findElement(By.cssSelector(".cluster text")).getText())
                .startsWith("30.0 s ± ");
        List<WebElement> refs = first.findElements(By.cssSelector("svg.dur .ref"));
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).getText()).isEqualTo("ALB idle timeout 60 s (default)");
        // successes took 1.001 + i × 0.3 s; from 29.95 s on: i >= 96.5, so 3 of 100
        assertThat(first.findElement(By.cssSelector(".cutlabel")).getText())
                .isEqualTo("cuts off 3 % of successful");
    }

    @Test
    void aHostileLogRunsNoScriptAndShowsItsMarkupAsText() throws Exception {
        Path log = HtmlReportLogs.write(dir, HtmlReportLogs.HOSTILE_FILE, HtmlReportLogs.hostile());
        JsonNode model = open(log);
        assertSafeAndSelfContained(model);
        assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(driver.getTitle()).isEqualTo("statuscodes logs: " + log);
        assertThat(((Number) js("return document.querySelectorAll('img,iframe,object,embed,"
                + "[onerror],[onload],[onmouseover],a[href]').length")).intValue()).isZero();
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("GET /<script>document.title='pwned';window.pwned=true</script>")
                .contains("GET /<img/src=x/onerror=window.pwned=true>")
                .contains("GET /a</script><!--<script>window.pwned=true</script>")
                .contains("GET /line\\u2028sep\\u2029para/x'onmouseover=window.pwned=true")
                .contains(HtmlReportLogs.HOSTILE_FILE)
                .doesNotContain("okhttp"); // user agents are not in the report
        List<String> endpoints = new ArrayList<>();
        model.get("clientGone").forEach(f -> endpoints.add(f.get("endpoint").asText()));
        assertThat(endpoints).contains("GET /line\u2028sep\u2029para/x'onmouseover=window.pwned=true",
                "GET /a</script><!--<script>window.pwned=true</script>");
        // the table of the findings beyond the first 8 filters as one types
        WebElement filter = driver.findElement(By.cssSelector("input.filter"));
        assertThat(filter.isDisplayed()).isTrue();
        int rows = all("#more tbody tr").size();
        assertThat(rows).isEqualTo(model.get("clientGone").size() - LogReportHtml.FULL);
        filter.sendKeys("/plain/jx");
        assertThat(all("#more tbody tr").stream().filter(WebElement::isDisplayed).count())
                .isEqualTo(1);
    }

    /**
     * The p95 of the demo's successes per 5 minutes, as the summary words it: successes i = 0..399
     * at i × 18 s take 0.2 + i × 0.035 s; durations are kept in quarter-octave classes, so this
     * reads the range off the chart's own markers' titles rather than recomputing the classes.
     */
    private static String p95Range() {
        List<WebElement> marks = all("figure.finding svg.time .p95 rect title");
        String first = (String) js("return arguments[0].textContent", marks.get(0));
        String last = (String) js("return arguments[0].textContent", marks.get(marks.size() - 1));
        return first.substring(first.indexOf("p95 ") + 4) + "–"
                + last.substring(last.indexOf("p95 ") + 4);
    }

    private static List<String> column(String table, int n) {
        List<String> cells = new ArrayList<>();
        for (WebElement td : all("#" + table + " tbody tr td:nth-child(" + n + ")")) {
            cells.add(td.getText());
        }
        return cells;
    }

    static File png(String name) {
        return dir.resolve(name).toFile();
    }
}
