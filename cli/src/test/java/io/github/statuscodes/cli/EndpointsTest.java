package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsTest {
    static String key(String method, String target) {
        String line = method + " " + target;
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogLine l = new LogLine();
        l.methodFrom = 0;
        l.methodTo = method.length();
        l.targetFrom = method.length() + 1;
        l.targetTo = b.length;
        byte[] out = new byte[256];
        return new String(out, 0, Endpoints.key(b, l, out), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET|/api/users/123/orders/550e8400-e29b-41d4-a716-446655440000?x=1|GET /api/users/{id}/orders/{id}",
        "GET|/static/app.js|GET /static/app.js",
        "GET|/brand/facebook/deadbeef|GET /brand/facebook/deadbeef",
        "GET|/commit/9fceb02d0ae598e95dc970b74767f19372d61af8|GET /commit/{id}",
        "POST|/reset/eyJhbGciOiJIUzI1NiJ9abc123xyz|POST /reset/{id}",
        "GET|https://api.example.com:443/report/42?format=pdf|GET /report/{id}",
        "GET|http://www.example.com:80/|GET /",
        "GET|/search?q=1#top|GET /search",
        "get|/x|(no request line)",
        "GET|/v2/items/|GET /v2/items/"})
    void collapsesIdsAndDropsQueryAndHost(String method, String target, String expected) {
        assertThat(key(method, target)).isEqualTo(expected);
    }

    @Test
    void sharesOneEntryBeyondTheCap() {
        Endpoints endpoints = new Endpoints(2);
        LogLine l = new LogLine();
        Endpoint first = null;
        for (String path : new String[] {"/a", "/b", "/c", "/d", "/a"}) {
            byte[] b = ("GET " + path).getBytes(StandardCharsets.UTF_8);
            l.methodFrom = 0;
            l.methodTo = 3;
            l.targetFrom = 4;
            l.targetTo = b.length;
            Endpoint e = endpoints.of(b, l);
            if (first == null) {
                first = e;
            } else if (path.equals("/a")) {
                assertThat(e).isSameAs(first);
            }
        }
        assertThat(endpoints.all()).extracting(e -> e.name)
                .containsExactly("GET /a", "GET /b", Endpoints.OTHER);
    }
}
