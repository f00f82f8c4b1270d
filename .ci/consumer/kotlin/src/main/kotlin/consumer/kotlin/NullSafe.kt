package consumer.kotlin

import io.github.statuscodes.RetryAfter
import io.github.statuscodes.RetryPolicy
import io.github.statuscodes.StatusCode
import io.github.statuscodes.StatusCodes
import io.github.statuscodes.Vendor

/** Correct use of the API from Kotlin: compiles only if the nullness the annotations state is right. */
fun main() {
    // Non-null results: no `?.` or `!!` needed, and a non-null variable accepts them.
    val code: StatusCode = StatusCodes.of(460)
    val phrase: String = code.reasonPhrase()
    val vendor: Vendor = code.vendor()

    // A header accessor returns null for an absent header: a lambda returning String? fits.
    val headers: Map<String, String> = mapOf("Server" to "nginx")
    val resolved: StatusCode = StatusCodes.resolve(499) { name -> headers[name] }
    val decisionCode: StatusCode = RetryPolicy.defaults().resolve(503) { name -> headers[name] }

    // Parameters documented as accepting null take null.
    val noWait = RetryAfter.parse(null)
    val noVendor = Vendor.find(null)

    check(phrase == "Client Closed Connection") { phrase }
    check(vendor == Vendor.AWS_ELB)
    check(resolved.vendor() == Vendor.NGINX)
    check(decisionCode.code() == 503)
    check(!noWait.isPresent && !noVendor.isPresent)
    println("kotlin consumer: ${code} / ${resolved}")
}
