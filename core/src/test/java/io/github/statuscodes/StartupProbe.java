package io.github.statuscodes;

/**
 * Run in a fresh JVM by {@link StartupPathTest}: one {@code StatusCodes.of}, printed after the
 * lookup so that printing loads nothing of core first.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        StatusCode c = StatusCodes.of(Integer.getInteger("statuscodes.probe"));
        System.out.println("-- looked up");
        System.out.println(c.code() + " " + c.reasonPhrase() + " (" + c.vendor().id() + ")");
    }
}
