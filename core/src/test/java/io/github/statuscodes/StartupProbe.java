package io.github.statuscodes;

/**
 * Run in a fresh JVM by {@link StartupPathTest}: one {@code StatusCodes.of}, printed after the
 * lookup so that printing loads nothing of core first.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        String vendor = System.getProperty("statuscodes.probe.vendor");
        if ("signals".equals(vendor)) {
            LogSignals.find(Vendor.ENVOY, "DC");
        }
        StatusCode c = vendor == null || vendor.equals("signals")
                ? StatusCodes.of(Integer.getInteger("statuscodes.probe"))
                : StatusCodes.of(Integer.getInteger("statuscodes.probe"),
                        Vendor.find(vendor).orElseThrow());
        System.out.println("-- looked up");
        System.out.println(c.code() + " " + c.reasonPhrase() + " (" + c.vendor().id() + ")");
    }
}
