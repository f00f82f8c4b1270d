package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
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
