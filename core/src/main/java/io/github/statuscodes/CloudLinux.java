package io.github.statuscodes;

/**
 * The code that shared web hosting running CloudLinux sends when an account reaches its
 * resource limits, as hosting panels (cPanel, Plesk) show it.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(508, Vendor.CLOUDLINUX);   // CloudLinux.RESOURCE_LIMIT_IS_REACHED
 * StatusCodes.of(508);                                      // Iana.LOOP_DETECTED stays primary
 * }</pre>
 *
 * @see <a href="https://docs.cloudlinux.com/cloudlinuxos/limits/">CloudLinux: LVE limits</a>
 * @since 0.2.0
 */
public final class CloudLinux {

    /**
     * {@code 508 Resource Limit Is Reached}: the hosting account hit its CloudLinux entry-process
     * limit; not IANA's Loop Detected.
     *
     * @see <a href="https://docs.cloudlinux.com/cloudlinuxos/limits/">
     *     CloudLinux: LVE limits</a>
     * @since 0.2.0
     */
    public static final StatusCode RESOURCE_LIMIT_IS_REACHED =
            DefaultCodes.get(508, Vendor.CLOUDLINUX, "Resource Limit Is Reached");

    private CloudLinux() {
    }
}
