package io.github.statuscodes.spring.boot.apps.feign;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A Spring Cloud OpenFeign application as a user writes it: no bean of its own. */
@SpringBootApplication(proxyBeanMethods = false)
@EnableFeignClients(clients = FeignApp.Backend.class)
public class FeignApp {

    /** The backend, at {@code backend.url}. */
    @FeignClient(name = "backend", url = "${backend.url}")
    public interface Backend {
        @GetMapping("/busy")
        String busy();

        @PostMapping("/order")
        String order(String body);
    }
}
