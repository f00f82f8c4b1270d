package io.github.statuscodes.spring.apps.reactive;

import io.github.statuscodes.spring.apps.Hits;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A WebFlux application on Reactor Netty that answers any status and counts each request. */
@SpringBootApplication(proxyBeanMethods = false)
@RestController
public class ReactiveApp {

    /** Answers {@code code}, with Retry-After and Server when asked; counts the request. */
    @RequestMapping("/status/{code}")
    public Mono<ResponseEntity<String>> status(@PathVariable("code") int code,
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "retryAfter", required = false) String retryAfter,
            @RequestParam(name = "server", required = false) String server) {
        if (id != null) {
            Hits.hit(id);
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(code);
        if (retryAfter != null) {
            b.header("Retry-After", retryAfter);
        }
        if (server != null) {
            b.header("Server", server);
        }
        return Mono.just(b.body(("body of a " + code + " response, ").repeat(256)));
    }
}
