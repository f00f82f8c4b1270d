package io.github.statuscodes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry's codes grouped by vendor, vendors in registration order, each vendor's codes in
 * natural order. Immutable; {@link StatusRegistry} builds it on first use.
 */
final class VendorIndex {
    private static final StatusCode[] NONE = new StatusCode[0];

    final Map<Vendor, List<StatusCode>> byVendor;
    final List<Vendor> vendors;

    VendorIndex(StatusCode[] registered) {
        Map<Vendor, List<StatusCode>> grouped = new LinkedHashMap<>();
        for (StatusCode c : registered) {
            List<StatusCode> ofVendor = grouped.get(c.vendor());
            if (ofVendor == null) {
                ofVendor = new ArrayList<>();
                grouped.put(c.vendor(), ofVendor);
            }
            ofVendor.add(c);
        }
        Map<Vendor, List<StatusCode>> frozen = new LinkedHashMap<>();
        for (Map.Entry<Vendor, List<StatusCode>> e : grouped.entrySet()) {
            frozen.put(e.getKey(), List.of(sorted(e.getValue())));
        }
        this.byVendor = Collections.unmodifiableMap(frozen);
        this.vendors = List.copyOf(frozen.keySet());
    }

    /**
     * The codes in natural order. An insertion sort: the lists come nearly sorted, and List.sort
     * would load ComparableTimSort, which the JDK's shared archive does not hold.
     */
    private static StatusCode[] sorted(List<StatusCode> codes) {
        StatusCode[] a = codes.toArray(NONE);
        for (int i = 1; i < a.length; i++) {
            StatusCode c = a[i];
            int j = i;
            while (j > 0 && a[j - 1].compareTo(c) > 0) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = c;
        }
        return a;
    }
}
