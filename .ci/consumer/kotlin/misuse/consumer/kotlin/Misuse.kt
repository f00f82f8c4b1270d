package consumer.kotlin

import io.github.statuscodes.StatusCodes
import io.github.statuscodes.Vendor
import java.net.URI

/**
 * Null passed where the API takes none. With the packages @NullMarked, kotlinc rejects both
 * calls; without the annotations they would compile and throw NullPointerException at run time.
 */
fun misuse(name: String?) {
    Vendor.of(name, "Acme", URI.create("https://acme.example/"))
    StatusCodes.byVendor(null)
}
