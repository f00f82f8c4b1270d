package io.github.statuscodes;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in codes, holder by holder. The order decides the primary meaning of a number that
 * IANA does not define: the holder listed first wins. For the shared numbers that means nginx's
 * 499 before Esri's, Twitter's 420 before Spring's, and Cloudflare's 530 before Pantheon's; IANA's
 * 451 stays ahead of Exchange's (the registry puts a standard meaning first in any case).
 */
final class DefaultCodes {
    private DefaultCodes() {
    }

    static List<StatusCode> all() {
        List<StatusCode> all = new ArrayList<>();
        all.addAll(Iana.values());
        all.addAll(Nginx.values());
        all.addAll(AwsElb.values());
        all.addAll(Cloudflare.values());
        all.addAll(MicrosoftIis.values());
        all.addAll(Microsoft.values());
        all.addAll(Esri.values());
        all.addAll(Laravel.values());
        all.addAll(Twitter.values());
        all.addAll(Spring.values());
        all.addAll(Shopify.values());
        all.addAll(Qualys.values());
        all.addAll(Pantheon.values());
        all.addAll(LinkedIn.values());
        all.addAll(Unofficial.values());
        return all;
    }
}
