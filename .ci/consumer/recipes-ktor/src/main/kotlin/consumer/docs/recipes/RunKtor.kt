package consumer.docs.recipes

import com.sun.net.httpserver.HttpServer
import io.github.statuscodes.RetryPolicy
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpRequestRetryEvent
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import java.net.ConnectException
import java.net.InetAddress
import java.net.InetSocketAddress
import java.net.ServerSocket
import java.time.ZoneOffset
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import java.util.concurrent.CopyOnWriteArrayList
import java.util.Locale
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking

/** HTTP's date form; RFC_1123_DATE_TIME would write a day below 10 with one digit. */
private val IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)

/**
 * Runs the Ktor recipe of docs/recipes.md (compiled from the page) against a loopback server:
 * a 503 with Retry-After: 1, or with an HTTP date 2 s ahead, then a 200 is two requests at least
 * a second apart; a POST answered 520 by Cloudflare is one; a port nobody listens on is the
 * policy's attempts, then the ConnectException.
 */
fun main() {
    val arrivals = CopyOnWriteArrayList<Long>()
    val server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    for ((path, retryAfter) in listOf("/seconds" to { "1" }, "/date" to {
        IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2))
    })) {
        server.createContext(path) { exchange ->
            arrivals.add(System.nanoTime())
            if (arrivals.size == 1) {
                exchange.responseHeaders.add("Retry-After", retryAfter())
                exchange.sendResponseHeaders(503, -1)
            } else {
                val body = "items".toByteArray()
                exchange.sendResponseHeaders(200, body.size.toLong())
                exchange.responseBody.write(body)
            }
            exchange.close()
        }
    }
    server.createContext("/cloudflare") { exchange ->
        arrivals.add(System.nanoTime())
        exchange.requestBody.readAllBytes()
        exchange.responseHeaders.add("Server", "cloudflare")
        exchange.sendResponseHeaders(520, -1)
        exchange.close()
    }
    server.start()
    val base = "http://127.0.0.1:${server.address.port}"
    val closed = ServerSocket(0, 1, InetAddress.getLoopbackAddress()).use { it.localPort }
    // Connect failures wait the backoff: 1 ms here.
    val policy = RetryPolicy.builder().backoffBase(1, TimeUnit.MILLISECONDS)
        .backoffMax(1, TimeUnit.MILLISECONDS).build()
    var retries = 0
    val client = HttpClient(CIO) { statusCodesRetry(policy) }
    client.monitor.subscribe(HttpRequestRetryEvent) { retries++ }
    try {
        runBlocking {
            for (path in listOf("/seconds", "/date")) {
                arrivals.clear()
                val r = client.get(base + path)
                check(r.status.value == 200 && r.bodyAsText() == "items") { "$path: $r" }
                check(arrivals.size == 2) { "$path: 2 requests, got ${arrivals.size}" }
                val waited = TimeUnit.NANOSECONDS.toMillis(arrivals[1] - arrivals[0])
                check(waited >= 1000) { "$path: waited Retry-After, got $waited ms" }
            }
            arrivals.clear()
            val post = client.post("$base/cloudflare") { setBody("x") }
            check(post.status.value == 520 && arrivals.size == 1) {
                "a POST answered 520 by Cloudflare: one request, got ${arrivals.size}"
            }
            retries = 0
            val failure = runCatching { client.get("http://127.0.0.1:$closed/") }.exceptionOrNull()
            check(failure is ConnectException && retries == policy.maxAttempts() - 1) {
                "closed port: ${policy.maxAttempts() - 1} retries then the ConnectException," +
                    " got $retries and $failure"
            }
        }
    } finally {
        client.close()
        server.stop(0)
    }
    println("recipes-ktor: Retry-After: 1 and an HTTP date each waited, then 200 in 2 requests;" +
        " a POST answered 520 by Cloudflare in 1; a closed port ${policy.maxAttempts()} attempts")
}
