package io.github.statuscodes.cli;

import io.github.statuscodes.Nginx;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    int status;
    String out;
    String err;

    void run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        status = CommandLine.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void explainsEveryMeaningOfEachCode() {
        run("404", "499");
        assertThat(status).isZero();
        assertThat(err).isEmpty();
        assertThat(out).contains("404 Not Found", "vendor:       IANA (iana)",
                "class:        4xx Client Error", "retryability: NEVER",
                "source:       https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
        for (StatusCode meaning : StatusCodes.meanings(499)) {
            assertThat(out).contains("499 " + meaning.reasonPhrase(), meaning.description(),
                    meaning.documentation().toString(), "(" + meaning.vendor().id() + ")");
        }
        assertThat(out).contains("log-only: never sent to a client");
    }

    @Test
    void showsAnUnregisteredNumberAsSuch() {
        run("477");
        assertThat(status).isZero();
        assertThat(out).startsWith("477 Client Error  (unregistered)").contains("Nobody defines 477");
    }

    @Test
    void labelsTheClassByTheCodesOwnFirstDigit() {
        run("783", "999");
        assertThat(out).contains("class:        7xx Non-standard", "class:        9xx Non-standard");
    }

    @Test
    void restrictsToOneVendor() {
        run("--vendor", "nginx", "499", "404");
        assertThat(status).isZero();
        assertThat(out).contains("499 " + Nginx.CLIENT_CLOSED_REQUEST.reasonPhrase(),
                "404 Not Found");
        assertThat(out.lines().filter(l -> l.startsWith("499 "))).hasSize(1);
    }

    @Test
    void listsEveryRegisteredCode() {
        run("--list");
        assertThat(status).isZero();
        assertThat(out.lines()).hasSize(StatusCodes.all().size());
        run("--list", "--vendor=nginx");
        assertThat(out.lines()).hasSize(StatusCodes.byVendor(Vendor.NGINX).size())
                .allMatch(l -> l.contains(" nginx "));
    }

    @Test
    void printsValidJson() throws Exception {
        run("--json", "499", "477");
        assertThat(status).isZero();
        JsonNode array = new ObjectMapper().readTree(out);
        assertThat(array.size()).isEqualTo(StatusCodes.meanings(499).size() + 1);
        JsonNode first = array.get(0);
        assertThat(first.get("code").asInt()).isEqualTo(499);
        assertThat(first.get("vendor").asText()).isEqualTo(StatusCodes.of(499).vendor().id());
        assertThat(first.get("primary").asBoolean()).isTrue();
        assertThat(first.get("retryability").asText())
                .isEqualTo(StatusCodes.of(499).retryability().name());
        JsonNode last = array.get(array.size() - 1);
        assertThat(last.get("registered").asBoolean()).isFalse();
        run("--json", "--list");
        assertThat(new ObjectMapper().readTree(out).size()).isEqualTo(StatusCodes.all().size());
    }

    @Test
    void printsHelp() {
        run("--help");
        assertThat(status).isZero();
        assertThat(out).startsWith("Usage: java -jar statuscodes-cli-VERSION.jar").contains("--vendor",
                "--list", "--json");
        // The jar's file name carries the version: no usage line names a jar without one.
        assertThat(out).doesNotContain("statuscodes-cli.jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "1000", "-1", "abc", "4O4", "", "+404", "０４０"})
    void rejectsABadCodeWithOneLineAndExit2(String bad) {
        run(bad);
        assertThat(status).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("statuscodes: ");
    }

    @Test
    void namesTheBadValueInEachMessage() {
        run("1000");
        assertThat(err).isEqualTo("statuscodes: \"1000\" is not a status code; give a number from"
                + " 100 to 999; run with --help for usage" + System.lineSeparator());
        run("--frobnicate");
        assertThat(status).isEqualTo(2);
        assertThat(err).startsWith("statuscodes: unknown option \"--frobnicate\"");
        run("--vendor", "acme", "404");
        assertThat(status).isEqualTo(2);
        assertThat(err).startsWith("statuscodes: unknown vendor \"acme\"; known vendors: iana,");
        run("--vendor");
        assertThat(err).startsWith("statuscodes: --vendor needs a vendor id");
        run();
        assertThat(status).isEqualTo(2);
        assertThat(err).startsWith("statuscodes: no status code given");
        run("--list", "404");
        assertThat(err).startsWith("statuscodes: --list takes no codes");
    }

    @Test
    void printsCausesRelatedCodesAndLifecycle() throws Exception {
        StatusCode c = StatusCodes.of(460);
        assertThat(c.causes()).isNotEmpty();
        assertThat(c.related()).isNotEmpty();
        run("460");
        assertThat(out).contains("  causes:       " + String.join("; ", c.causes()));
        for (int related : c.related()) {
            assertThat(out).contains(related + " " + StatusCodes.of(related).reasonPhrase());
        }
        run("--json", "460");
        JsonNode json = new ObjectMapper().readTree(out).get(0);
        assertThat(json.get("lifecycle").asText()).isEqualTo("CURRENT");
        assertThat(json.get("causes").get(0).asText()).isEqualTo(c.causes().get(0));
        assertThat(json.get("related").size()).isEqualTo(c.related().size());
        assertThat(json.get("related").get(0).asInt()).isEqualTo(c.related().get(0));
    }

    @Test
    void namesALifecycleOtherThanCurrent() {
        StatusCode deprecated = null;
        for (StatusCode c : StatusCodes.all()) {
            if (c.lifecycle() != io.github.statuscodes.Lifecycle.CURRENT) {
                deprecated = c;
                break;
            }
        }
        assertThat(deprecated).isNotNull();
        run("--vendor", deprecated.vendor().id(), Integer.toString(deprecated.code()));
        assertThat(out).contains("lifecycle:    " + deprecated.lifecycle().name());
    }
}
