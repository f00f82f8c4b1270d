package io.github.statuscodes.spring.boot.apps.feignhc5step;

import feign.Response;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;

/** As {@code FeignHc5App}, with the user's customizer that applies {@code forOuterRetries}. */
@SpringBootApplication(proxyBeanMethods = false)
@EnableFeignClients(clients = FeignHc5StepApp.Backend.class)
public class FeignHc5StepApp {

    @Bean
    HttpClient5FeignConfiguration.HttpClientBuilderCustomizer outerRetriesStep() {
        return StatusCodeRetryStrategy::forOuterRetries;
    }

    /** The backend, at {@code backend.url}. */
    @FeignClient(name = "backend", url = "${backend.url}")
    public interface Backend {
        @GetMapping("/busy")
        Response busy();
    }
}
