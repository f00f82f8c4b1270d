package io.github.statuscodes.spring.apps.servlet;

import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.spring.SpringStatusCodes;
import io.github.statuscodes.spring.apps.Hits;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A servlet application on Tomcat that answers any status and counts each request. */
@SpringBootApplication(proxyBeanMethods = false)
@RestController
public class ServletApp {

    /** Answers {@code code}, with Retry-After and Server when asked; counts the request. */
    @RequestMapping("/status/{code}")
    public ResponseEntity<String> status(@PathVariable("code") int code,
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "retryAfter", required = false) String retryAfter,
            @RequestParam(name = "server", required = false) String server,
            @RequestHeader(name = "X-Test-Id", required = false) String headerId) {
        if (id != null) {
            Hits.hit(id);
        }
        if (headerId != null) {
            Hits.hit(headerId);
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(code);
        if (retryAfter != null) {
            b.header("Retry-After", retryAfter);
        }
        if (server != null) {
            b.header("Server", server);
        }
        return b.body(("body of a " + code + " response, ").repeat(64));
    }

    /** A problem response for any code, as SpringStatusCodes makes it. */
    @GetMapping("/problem/{code}")
    public ResponseEntity<ProblemDetail> problem(@PathVariable("code") int code) {
        return SpringStatusCodes.problemResponse(StatusCodes.of(code), "test detail",
                Duration.ofSeconds(3));
    }

    /** Streams 256 MiB, so that a client that hangs up makes a write fail. */
    @GetMapping("/big")
    public void big(HttpServletResponse response) throws IOException {
        response.setContentType("application/octet-stream");
        byte[] chunk = new byte[64 * 1024];
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < 4096; i++) {
            out.write(chunk);
            out.flush();
        }
    }
}
