package io.github.statuscodes;

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

    /**
     * {@code 498 Invalid Token}: the token sent with the request is expired or otherwise invalid.
     *
     * @see <a href="https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts">
     *     ArcGIS REST JS: check-for-errors.ts</a>
     * @since 0.1.0
     */
    public static final StatusCode INVALID_TOKEN =
            DefaultCodes.get(498, Vendor.ESRI, "Invalid Token");

    /**
     * {@code 499 Token Required}: the secured service got a request without a token.
     *
     * @see <a href="https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts">
     *     ArcGIS REST JS: check-for-errors.ts</a>
     * @since 0.1.0
     */
    public static final StatusCode TOKEN_REQUIRED =
            DefaultCodes.get(499, Vendor.ESRI, "Token Required");

    private Esri() {
    }
}
