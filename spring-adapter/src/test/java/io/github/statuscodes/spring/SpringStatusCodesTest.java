package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Nginx;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class SpringStatusCodesTest {

    @Property(tries = 900)
    void convertsEveryCodeBothWays(@ForAll @IntRange(min = 100, max = 999) int code) {
        StatusCode ours = StatusCodes.of(code);
        HttpStatusCode spring = SpringStatusCodes.toHttpStatusCode(ours);
        assertThat(spring.value()).isEqualTo(code);
        assertThat(SpringStatusCodes.toStatusCode(spring)).isSameAs(ours);
    }

    @Property(tries = 900)
    void everyProblemHasATitleAndItsStatus(@ForAll @IntRange(min = 100, max = 999) int code) {
        StatusCode ours = StatusCodes.of(code);
        ProblemDetail p = SpringStatusCodes.problemDetail(ours);
        assertThat(p.getStatus()).isEqualTo(code);
        assertThat(p.getTitle()).isEqualTo(ours.reasonPhrase()).isNotBlank();
        assertThat(p.getProperties()).containsEntry("vendor", ours.vendor().id())
                .containsEntry("retryable", ours.isRetryable());
    }

    @Test
    void givesNginxTitleTo499WhereSpringHasNone() {
        assertThat(ProblemDetail.forStatus(499).getTitle()).isNull();
        ProblemDetail p = SpringStatusCodes.problemDetail(Nginx.CLIENT_CLOSED_REQUEST, "gone");
        assertThat(p.getTitle()).isEqualTo("Client Closed Request");
        assertThat(p.getDetail()).isEqualTo("gone");
        assertThat(p.getType()).isEqualTo(Nginx.CLIENT_CLOSED_REQUEST.documentation());
        assertThat(p.getProperties()).containsEntry("vendor", "nginx")
                .containsEntry("retryable", false);
    }

    @Test
    void resolvesTheVendorsMeaningFromHeaders() {
        HttpHeaders arcgis = new HttpHeaders();
        arcgis.add("Vary", "X-Esri-Authorization");
        HttpHeaders nginx = new HttpHeaders();
        nginx.add("Server", "nginx");
        StatusCode fromArcgis = SpringStatusCodes.toStatusCode(HttpStatusCode.valueOf(499), arcgis);
        StatusCode fromNginx = SpringStatusCodes.toStatusCode(HttpStatusCode.valueOf(499), nginx);
        assertThat(fromNginx).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        assertThat(fromArcgis.vendor()).isNotEqualTo(fromNginx.vendor());
    }

    @Test
    void readsEveryValueOfARepeatedHeaderWhateverItsCase() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("Vary", "Origin");
        headers.add("vary", "X-Esri-Authorization");
        assertThat(new HeaderAccess(headers).apply("VARY"))
                .isEqualTo("Origin, X-Esri-Authorization");
        assertThat(new HeaderAccess(headers).apply("Server")).isNull();
        assertThat(SpringStatusCodes.toStatusCode(HttpStatusCode.valueOf(499), headers).vendor()
                .id()).isEqualTo("esri");
    }

    @Test
    void theStandardCodesBecomeSpringsEnumConstants() {
        assertThat(SpringStatusCodes.toHttpStatusCode(StatusCodes.of(503)))
                .isSameAs(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void problemResponseCarriesTheMediaTypeNoStoreAndRetryAfterInWholeSeconds() {
        ResponseEntity<ProblemDetail> r = SpringStatusCodes.problemResponse(StatusCodes.of(503),
                "maintenance", Duration.ofMillis(1500));
        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(r.getBody().getDetail()).isEqualTo("maintenance");
    }

    @Test
    void aSuccessIsCacheable() {
        ResponseEntity<ProblemDetail> r = SpringStatusCodes.problemResponse(StatusCodes.of(202),
                "queued");
        assertThat(r.getHeaders().getFirst("Cache-Control")).isNull();
    }

    @Test
    void rejectsNullsAndANegativeRetryAfter() {
        assertThatThrownBy(() -> SpringStatusCodes.toHttpStatusCode(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> SpringStatusCodes.problemDetail(StatusCodes.of(500), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("detail");
        assertThatThrownBy(() -> SpringStatusCodes.problemResponse(StatusCodes.of(503), "x",
                Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retryAfter is PT-1S");
    }
}
