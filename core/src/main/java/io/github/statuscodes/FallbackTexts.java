package io.github.statuscodes;

/**
 * The texts of the stand-ins {@link StatusCode} makes for numbers nobody defines and for numbers
 * outside 100..999.
 */
final class FallbackTexts {
    private FallbackTexts() {
    }

    static String unregisteredPhrase(StatusClass statusClass) {
        return statusClass == StatusClass.NON_STANDARD ? "Non-standard Status"
                : statusClass.displayName();
    }

    static String unregisteredDescription(int code, StatusClass statusClass) {
        return "Nobody defines " + code + ". RFC 9110 §15 has clients treat an unknown"
                + " code as the x00 code of its class" + (statusClass == StatusClass.NON_STANDARD
                ? "; codes from 600 to 999 have no class at all, so no rule says how to handle"
                + " this one: read the body and treat it as a failure of the request."
                : ", so handle it as " + statusClass.firstDigit() + "00.");
    }

    static String outOfRangeDescription(int code) {
        return "The response carried status " + code + ", outside 100..999: no HTTP"
                + " version allows it (RFC 9110 §15). The response is malformed; it is not"
                + " retried.";
    }

    static String withinRange(int code) {
        return "status code " + code + " is within 100..999;"
                + " use StatusCodes.of(" + code + ") or a registry's of(int)";
    }
}
