package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The compact table: its ordinal constants and the holders' lookup into it. */
class DefaultCodesTest {
    @Test
    void theTablesOrdinalsAreTheEnumsOrdinals() {
        assertThat(new int[] {DefaultCodes.NEVER, DefaultCodes.AFTER_CLIENT_ACTION,
            DefaultCodes.IDEMPOTENT_ONLY, DefaultCodes.ALWAYS}).containsExactly(
                Retryability.NEVER.ordinal(), Retryability.AFTER_CLIENT_ACTION.ordinal(),
                Retryability.IDEMPOTENT_ONLY.ordinal(), Retryability.ALWAYS.ordinal());
        assertThat(Retryability.values()).hasSize(4);
        assertThat(new int[] {DefaultCodes.CURRENT, DefaultCodes.DEPRECATED,
            DefaultCodes.HISTORICAL, DefaultCodes.RESERVED}).containsExactly(
                Lifecycle.CURRENT.ordinal(), Lifecycle.DEPRECATED.ordinal(),
                Lifecycle.HISTORICAL.ordinal(), Lifecycle.RESERVED.ordinal());
        assertThat(Lifecycle.values()).hasSize(4);
    }

    @Test
    void theTablesVendorIndexesAreTheVendorsPlacesInValues() {
        java.util.Map<Integer, Vendor> byIndex = java.util.Map.ofEntries(
                java.util.Map.entry(DefaultCodes.IANA, Vendor.IANA),
                java.util.Map.entry(DefaultCodes.IETF, Vendor.IETF),
                java.util.Map.entry(DefaultCodes.NGINX, Vendor.NGINX),
                java.util.Map.entry(DefaultCodes.AWS_ELB, Vendor.AWS_ELB),
                java.util.Map.entry(DefaultCodes.CLOUDFLARE, Vendor.CLOUDFLARE),
                java.util.Map.entry(DefaultCodes.MICROSOFT_IIS, Vendor.MICROSOFT_IIS),
                java.util.Map.entry(DefaultCodes.MICROSOFT, Vendor.MICROSOFT),
                java.util.Map.entry(DefaultCodes.ESRI, Vendor.ESRI),
                java.util.Map.entry(DefaultCodes.LARAVEL, Vendor.LARAVEL),
                java.util.Map.entry(DefaultCodes.SPRING, Vendor.SPRING),
                java.util.Map.entry(DefaultCodes.TWITTER, Vendor.TWITTER),
                java.util.Map.entry(DefaultCodes.SHOPIFY, Vendor.SHOPIFY),
                java.util.Map.entry(DefaultCodes.APACHE, Vendor.APACHE),
                java.util.Map.entry(DefaultCodes.QUALYS, Vendor.QUALYS),
                java.util.Map.entry(DefaultCodes.PANTHEON, Vendor.PANTHEON),
                java.util.Map.entry(DefaultCodes.LINKEDIN, Vendor.LINKEDIN),
                java.util.Map.entry(DefaultCodes.CLOUDLINUX, Vendor.CLOUDLINUX),
                java.util.Map.entry(DefaultCodes.ENVOY, Vendor.ENVOY),
                java.util.Map.entry(DefaultCodes.HAPROXY, Vendor.HAPROXY),
                java.util.Map.entry(DefaultCodes.TRAEFIK, Vendor.TRAEFIK),
                java.util.Map.entry(DefaultCodes.CADDY, Vendor.CADDY),
                java.util.Map.entry(DefaultCodes.GOOGLE_CLOUD_LB, Vendor.GOOGLE_CLOUD_LB),
                java.util.Map.entry(DefaultCodes.AZURE_APP_GATEWAY, Vendor.AZURE_APP_GATEWAY),
                java.util.Map.entry(DefaultCodes.AWS_CLOUDFRONT, Vendor.AWS_CLOUDFRONT),
                java.util.Map.entry(DefaultCodes.UNOFFICIAL, Vendor.UNOFFICIAL));
        byIndex.forEach((index, vendor) -> assertThat(Vendor.values().get(index))
                .as("Vendor.values().get(%s)", index).isSameAs(vendor));
        assertThat(byIndex).hasSize(Vendor.values().size() - 1); // all but NONE
    }

    @Test
    void thePrimaryTableIsTheDefaultRegistrysPrimaryForEveryNumber() {
        for (int code = 100; code <= 999; code++) {
            StatusCode p = StatusCodes.PRIMARY[code - 100];
            StatusCode expected = StatusRegistry.defaults().of(code);
            assertThat(p == null ? StatusCodes.of(code) : p).as("%s", code).isSameAs(expected);
            assertThat(p == null).as("%s unregistered", code).isEqualTo(!expected.isRegistered());
        }
    }

    @Test
    void aHolderGetsTheTablesOwnInstance() {
        assertThat(DefaultCodes.get(460, Vendor.AWS_ELB, "Client Closed Connection"))
                .isSameAs(StatusCodes.of(460));
        assertThatThrownBy(() -> DefaultCodes.get(460, Vendor.NGINX, "Client Closed Connection"))
                .hasMessage("no built-in code 460 Client Closed Connection of nginx (nginx)");
    }

    @Test
    void everyRowKnowsItsPlaceInTheTable() {
        StatusCode[] all = DefaultCodes.all();
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i].builtInIndex()).isEqualTo(i);
        }
        assertThat(all).hasSameSizeAs(StatusCodes.all());
    }
}
