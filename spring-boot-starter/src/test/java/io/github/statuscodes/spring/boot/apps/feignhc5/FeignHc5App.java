package io.github.statuscodes.spring.boot.apps.feignhc5;

import feign.Response;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A Spring Cloud OpenFeign application on feign-hc5 (Spring Cloud builds the Apache HttpClient 5),
 * as a user writes it: no bean of its own. The client returns Feign's {@link Response}, so the
 * last body is not read by a decoder.
 */
@SpringBootApplication(proxyBeanMethods = false)
@EnableFeignClients(clients = FeignHc5App.Backend.class)
public class FeignHc5App {

    /** The backend, at {@code backend.url}. */
    @FeignClient(name = "backend", url = "${backend.url}")
    public interface Backend {
        @GetMapping("/busy")
        Response busy();
    }
}
