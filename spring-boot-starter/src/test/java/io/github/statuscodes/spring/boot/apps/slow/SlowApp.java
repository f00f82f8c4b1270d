package io.github.statuscodes.spring.boot.apps.slow;

import io.github.statuscodes.spring.apps.servlet.ServletApp;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The servlet application plus two handlers that take their time. */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
@RestController
public class SlowApp {

    /** Writes 8 KiB every 20 ms for up to 10 s: a client that leaves is noticed within a write. */
    @GetMapping("/stream")
    public void stream(HttpServletResponse response) throws IOException, InterruptedException {
        response.setContentType("application/octet-stream");
        OutputStream out = response.getOutputStream();
        byte[] chunk = new byte[8192];
        for (int i = 0; i < 500; i++) {
            out.write(chunk);
            out.flush();
            Thread.sleep(20);
        }
    }

    /** Computes for 1.5 s, then answers 10 bytes: the write into a closed connection succeeds. */
    @GetMapping("/slow")
    public String slow() throws InterruptedException {
        Thread.sleep(1500);
        return "0123456789";
    }
}
