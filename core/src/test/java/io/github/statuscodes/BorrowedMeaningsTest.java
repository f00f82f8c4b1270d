package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traefik (its reverse proxy's StatusClientClosedRequest), Caddy, Azure Application Gateway (v2,
 * "499 – Client closed the connection") and Cloudflare's edge log 499 in nginx's meaning.
 */
class BorrowedMeaningsTest {
    static final List<Vendor> LOG_499_AS_NGINX = List.of(Vendor.TRAEFIK, Vendor.CADDY,
            Vendor.AZURE_APP_GATEWAY, Vendor.CLOUDFLARE);

    @Test
    void theirs499IsNginxsClientClosedRequest() {
        for (Vendor v : LOG_499_AS_NGINX) {
            assertThat(StatusCodes.of(499, v)).as("%s", v).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        }
    }

    @Test
    void evenInARegistryWhereEsrisMeaningIsPrimary() {
        StatusRegistry esriFirst = StatusRegistry.builder().primary(Esri.TOKEN_REQUIRED).build();
        assertThat(esriFirst.of(499)).isSameAs(Esri.TOKEN_REQUIRED);
        assertThat(esriFirst.of(499, Vendor.TRAEFIK)).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        assertThat(esriFirst.of(499, Vendor.ENVOY)).isSameAs(Esri.TOKEN_REQUIRED);
    }

    @Test
    void onlyFor499AndOnlyThoseVendors() {
        assertThat(StatusCodes.of(460, Vendor.TRAEFIK)).isSameAs(AwsElb.CLIENT_CLOSED_CONNECTION);
        assertThat(StatusCodes.of(404, Vendor.CADDY)).isSameAs(Iana.NOT_FOUND);
        assertThat(StatusCodes.of(499, Vendor.ESRI)).isSameAs(Esri.TOKEN_REQUIRED);
        assertThat(StatusCodes.find(499, Vendor.TRAEFIK)).isEmpty();
    }

    @Test
    void theNewVendorsAreBuiltInWithHttpsHomepages() {
        for (Vendor v : List.of(Vendor.ENVOY, Vendor.HAPROXY, Vendor.TRAEFIK, Vendor.CADDY,
                Vendor.GOOGLE_CLOUD_LB, Vendor.AZURE_APP_GATEWAY, Vendor.AWS_CLOUDFRONT)) {
            assertThat(v.isBuiltIn()).isTrue();
            assertThat(Vendor.find(v.id())).containsSame(v);
            assertThat(v.homepage().getScheme()).isEqualTo("https");
            assertThat(StatusCodes.byVendor(v)).isEmpty();
        }
    }
}
