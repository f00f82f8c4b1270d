package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class VendorTest {
    static final URI HOME = URI.create("https://acme.example/");

    @Test
    void createsAUserVendorEqualByIdOnly() {
        Vendor a = Vendor.of("acme-2", "Acme", HOME);
        assertThat(a.id()).isEqualTo("acme-2");
        assertThat(a.displayName()).isEqualTo("Acme");
        assertThat(a.homepage()).isEqualTo(HOME);
        assertThat(a.isBuiltIn()).isFalse();
        assertThat(a).isEqualTo(Vendor.of("acme-2", "Other name", URI.create("https://x.example/")))
                .hasSameHashCodeAs(Vendor.of("acme-2", "X", HOME))
                .hasToString("Acme (acme-2)");
    }

    @Test
    void listsTheBuiltInVendorsWithUniqueIds() {
        assertThat(Vendor.values()).startsWith(Vendor.IANA).contains(Vendor.NGINX, Vendor.AWS_ELB,
                Vendor.CLOUDFLARE, Vendor.ESRI, Vendor.NONE).allMatch(Vendor::isBuiltIn);
        assertThat(Vendor.values().stream().map(Vendor::id)).doesNotHaveDuplicates();
        for (Vendor v : Vendor.values()) {
            assertThat(Vendor.find(v.id())).containsSame(v);
            assertThat(v.homepage().getScheme()).isEqualTo("https");
        }
        assertThat(Vendor.find("acme")).isEmpty();
        assertThat(Vendor.find(null)).isEmpty();
    }

    @Test
    void rejectsMalformedIdsNamingTheCharacter() {
        assertThatThrownBy(() -> Vendor.of("Acme Corp", "Acme", HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vendor id \"Acme Corp\" has 'A' at index 0; use lowercase letters,"
                        + " digits and '-', e.g. \"acme\"");
        assertThatThrownBy(() -> Vendor.of("", "Acme", HOME))
                .hasMessage("vendor id must not be empty");
        assertThatThrownBy(() -> Vendor.of(null, "Acme", HOME))
                .hasMessage("vendor id must not be null");
    }

    @Test
    void rejectsTheIdOfABuiltInVendor() {
        assertThatThrownBy(() -> Vendor.of("nginx", "My nginx", HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vendor id \"nginx\" is taken by the built-in nginx; use Vendor.NGINX"
                        + " or choose another id");
    }

    @Test
    void rejectsBadDisplayNamesAndHomepages() {
        assertThatThrownBy(() -> Vendor.of("acme", "Ac\nme", HOME))
                .hasMessageStartingWith("vendor displayName contains control character U+000A");
        assertThatThrownBy(() -> Vendor.of("acme", "", HOME))
                .hasMessage("vendor displayName must not be empty");
        assertThatThrownBy(() -> Vendor.of("acme", "Acme", null))
                .hasMessage("vendor homepage must not be null");
    }
}
