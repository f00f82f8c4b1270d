package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusRegistryTest {
    static final Vendor ACME = StatusCodeTest.ACME;

    @Nested
    class Builder {
        @Test
        void addsUserCodesNextToTheDefaults() {
            StatusCode quota = StatusCode.builder(590, "Upstream Quota").vendor(ACME).build();
            StatusRegistry r = StatusRegistry.builder().add(quota).build();
            assertThat(r.of(590)).isSameAs(quota);
            assertThat(r.find(590)).containsSame(quota);
            assertThat(r.meanings(590)).containsExactly(quota);
            assertThat(r.byVendor(ACME)).containsExactly(quota);
            assertThat(r.vendors()).contains(ACME, Vendor.IANA);
            assertThat(r.of(404)).isSameAs(Iana.NOT_FOUND);
            assertThat(r.all()).hasSize(StatusCodes.all().size() + 1).contains(quota);
            assertThat(StatusCodes.find(590)).isEmpty();
        }

        @Test
        void keepsTheIanaMeaningPrimaryUnlessToldOtherwise() {
            StatusCode mine = StatusCode.builder(404, "Nothing Here").vendor(ACME).build();
            StatusRegistry r = StatusRegistry.builder().add(mine).build();
            assertThat(r.of(404)).isSameAs(Iana.NOT_FOUND);
            assertThat(r.meanings(404)).containsExactly(Iana.NOT_FOUND, mine);
            assertThat(r.of(404, ACME)).isSameAs(mine);

            StatusRegistry preferred = StatusRegistry.builder().add(mine).primary(mine).build();
            assertThat(preferred.of(404)).isSameAs(mine);
            assertThat(preferred.meanings(404)).containsExactly(mine, Iana.NOT_FOUND);
        }

        @Test
        void rejectsASecondCurrentMeaningOfOneVendorNamingBoth() {
            StatusCode first = StatusCode.builder(590, "Upstream Quota").vendor(ACME).build();
            StatusCode second = StatusCode.builder(590, "Quota Gone").vendor(ACME).build();
            StatusRegistry.Builder b = StatusRegistry.builder().add(first);
            assertThatThrownBy(() -> b.add(second))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duplicate current meaning: 590 Quota Gone (Acme Corp) has the"
                            + " same number and vendor as 590 Upstream Quota (Acme Corp), already"
                            + " in the registry; a vendor has one current meaning per number, so"
                            + " give the older one Lifecycle.DEPRECATED or HISTORICAL");
            assertThatThrownBy(() -> StatusRegistry.builder().add(Iana.NOT_FOUND))
                    .hasMessage("duplicate status code: 404 Not Found (IANA) has the same number,"
                            + " vendor and phrase as 404 Not Found (IANA), already in the"
                            + " registry");
        }

        @Test
        void acceptsMeaningsOfOneVendorFromDifferentEras() {
            StatusCode old = StatusCode.builder(590, "Quota Gone").vendor(ACME)
                    .lifecycle(Lifecycle.DEPRECATED).build();
            StatusCode older = StatusCode.builder(590, "Out Of Quota").vendor(ACME)
                    .lifecycle(Lifecycle.HISTORICAL).build();
            StatusCode now = StatusCode.builder(590, "Upstream Quota").vendor(ACME).build();
            StatusRegistry r = StatusRegistry.builder().add(older).add(old).add(now).build();
            assertThat(r.of(590)).isSameAs(now);
            assertThat(r.meanings(590)).containsExactly(now, old, older);
            assertThat(r.of(590, ACME)).isSameAs(now);
            assertThatThrownBy(() -> StatusRegistry.builder().add(old).add(StatusCode.builder(590,
                    "Quota Gone").vendor(ACME).lifecycle(Lifecycle.HISTORICAL).build()))
                    .hasMessageContaining("has the same number, vendor and phrase");
        }

        @Test
        void rejectsRelatedCodesTheRegistryDoesNotDefine() {
            StatusCode c = StatusCode.builder(590, "Upstream Quota").vendor(ACME).related(429, 477)
                    .build();
            assertThatThrownBy(() -> StatusRegistry.builder().add(c).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("590 Upstream Quota (Acme Corp) names 477 as related, but nobody"
                            + " in the registry defines 477; add a code for 477 or leave it out");
            StatusCode mine = StatusCode.builder(591, "Quota Soon").vendor(ACME).related(590)
                    .build();
            StatusCode quota = StatusCode.builder(590, "Upstream Quota").vendor(ACME).build();
            assertThat(StatusRegistry.builder().add(mine).add(quota).build().of(591).related())
                    .containsExactly(590);
        }

        @Test
        void rejectsUnregisteredAndNullCodes() {
            assertThatThrownBy(() -> StatusRegistry.builder().add(StatusCodes.of(477)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("it is the unregistered fallback");
            assertThatThrownBy(() -> StatusRegistry.builder().add(null))
                    .hasMessage("code must not be null");
            assertThatThrownBy(() -> StatusRegistry.builder().addAll(null))
                    .hasMessage("codes must not be null");
        }

        @Test
        void rejectsTwoPrimariesForOneNumberAndAPrimaryNeverAdded() {
            StatusCode a = StatusCode.builder(590, "A").vendor(ACME).build();
            StatusCode b = StatusCode.builder(590, "B").vendor(Vendor.of("other", "Other",
                    URI.create("https://other.example/"))).build();
            assertThatThrownBy(() -> StatusRegistry.builder().add(a).add(b).primary(a).primary(b))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot make 590 B (Other) primary: 590 A (Acme Corp) is already"
                            + " the primary meaning of 590");
            assertThatThrownBy(() -> StatusRegistry.builder().primary(a).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("primary 590 A (Acme Corp) is not in the registry; add(...) it"
                            + " first");
        }

        @Test
        void keepsTheDefaultsInRegistrationOrder() {
            StatusCode quota = StatusCode.builder(590, "Upstream Quota").vendor(ACME).build();
            StatusRegistry r = StatusRegistry.builder().add(quota).build();
            assertThat(r.vendors()).startsWith(StatusRegistry.defaults().vendors()
                    .toArray(new Vendor[0])).endsWith(ACME);
            assertThat(r.meanings(499)).isEqualTo(StatusCodes.meanings(499));
        }

        @Test
        void isUnaffectedByLaterChangesToTheBuilder() {
            StatusRegistry.Builder b = StatusRegistry.builder();
            StatusRegistry r = b.build();
            b.add(StatusCode.builder(590, "A").vendor(ACME).build());
            assertThat(r.find(590)).isEmpty();
        }
    }

    @Nested
    class Lookups {
        @Test
        void rejectsOutOfRangeCodesNamingTheValue() {
            StatusRegistry r = StatusRegistry.defaults();
            for (int bad : new int[] {99, 1000, -1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                assertThatThrownBy(() -> r.of(bad)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("status code " + bad + " is outside 100..999; HTTP status"
                                + " codes have three digits");
                assertThatThrownBy(() -> r.of(bad, Vendor.NGINX))
                        .hasMessageContaining("status code " + bad);
                assertThatThrownBy(() -> r.meanings(bad)).hasMessageContaining("status code "
                        + bad);
                assertThat(r.find(bad)).isEmpty();
                assertThat(r.find(bad, Vendor.NGINX)).isEmpty();
            }
        }

        @Test
        void rejectsNullVendorsAndHeadersByName() {
            StatusRegistry r = StatusRegistry.defaults();
            assertThatThrownBy(() -> r.of(404, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("vendor must not be null");
            assertThatThrownBy(() -> r.find(404, null)).hasMessage("vendor must not be null");
            assertThatThrownBy(() -> r.byVendor(null)).hasMessage("vendor must not be null");
            assertThatThrownBy(() -> r.resolve(404, (java.util.function.Function<String, String>) null))
                    .hasMessage("headers must not be null");
            assertThatThrownBy(() -> r.resolve(404, (java.util.Map<String, java.util.List<String>>) null))
                    .hasMessage("headers must not be null");
        }

        @Test
        void fallsBackToThePrimaryMeaningForAVendorWithoutOne() {
            assertThat(StatusCodes.of(404, Vendor.NGINX)).isSameAs(Iana.NOT_FOUND);
            assertThat(StatusCodes.find(404, Vendor.NGINX)).isEmpty();
            assertThat(StatusCodes.of(477, Vendor.NGINX)).isSameAs(StatusCodes.of(477));
        }

        @Test
        void listsAllCodesByNumberWithPrimariesFirst() {
            var all = StatusCodes.all();
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1).code()).isLessThanOrEqualTo(all.get(i).code());
            }
            assertThat(all).allMatch(StatusCode::isRegistered).doesNotHaveDuplicates();
            for (StatusCode c : all) {
                assertThat(StatusCodes.meanings(c.code())).contains(c);
            }
        }

        @Test
        void listsEachVendorsCodesInOrder() {
            for (Vendor v : Vendor.values()) {
                var codes = StatusCodes.byVendor(v);
                assertThat(codes).allMatch(c -> c.vendor() == v).isSorted();
            }
            assertThat(StatusCodes.byVendor(Vendor.NONE)).isEmpty();
            assertThat(StatusCodes.byVendor(ACME)).isEmpty();
        }
    }
}
