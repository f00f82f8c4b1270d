package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status codes of Esri ArcGIS (ArcGIS Server, ArcGIS Enterprise, ArcGIS Online),
 * both about the access token a secured service expects.
 *
 * <p>ArcGIS usually answers {@code 200 OK} and puts these codes in the JSON body
 * ({@code {"error": {"code": 499, ...}}}), so check the body as well as the status line. Esri's
 * 499 shares its number with nginx's <i>Client Closed Request</i>, which stays the primary
 * meaning. A final holder of constants; each is the same instance that {@link StatusCodes}
 * returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(499, Vendor.ESRI);   // Esri.TOKEN_REQUIRED
 * c.retryability();                                   // AFTER_CLIENT_ACTION: get a token first
 * }</pre>
 *
 * @see <a href="https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts">
 *     ArcGIS REST JS: check-for-errors.ts</a>
 * @since 0.1.0
 */
public final class Esri {
    private static final String CHECK_FOR_ERRORS = "https://github.com/Esri/arcgis-rest-js/blob/"
            + "main/packages/arcgis-rest-request/src/utils/check-for-errors.ts";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 498 Invalid Token}: the token sent with the request is expired or otherwise invalid.
     *
     * @see <a href="https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts">
     *     ArcGIS REST JS: check-for-errors.ts</a>
     * @since 0.1.0
     */
    public static final StatusCode INVALID_TOKEN = define(498, "Invalid Token",
            AFTER_CLIENT_ACTION,
            "ArcGIS rejected the token sent with the request as expired, revoked or issued for"
            + " another server, referer or IP address; it usually comes in the JSON error body of"
            + " a 200 response. Get a new token, then send the request again.",
            CHECK_FOR_ERRORS);

    /**
     * {@code 499 Token Required}: the secured service got a request without a token.
     *
     * @see <a href="https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts">
     *     ArcGIS REST JS: check-for-errors.ts</a>
     * @since 0.1.0
     */
    public static final StatusCode TOKEN_REQUIRED = define(499, "Token Required",
            AFTER_CLIENT_ACTION,
            "The ArcGIS service is secured and the request carried no token; like 498 it usually"
            + " comes in the JSON error body of a 200 response. Obtain a token, for example with"
            + " generateToken or OAuth, and send the request again with it.",
            CHECK_FOR_ERRORS);

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Esri() {
    }

    /**
     * Returns every Esri ArcGIS code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.ESRI, code, reasonPhrase, retryability,
                description, source);
    }
}
