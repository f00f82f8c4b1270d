package consumer.docs.recipes

import consumer.shared.LoopbackServer
import consumer.shared.LoopbackServer.check
import io.github.statuscodes.RetryPolicy
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpRequestRetryEvent
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import java.net.ConnectException
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking

/**
 * Runs the Ktor recipe of docs/recipes.md (compiled from the page) against a loopback server:
 * a 503 with Retry-After: 1, or with an HTTP date 2 s ahead, then a 200 is two requests at least
 * a second apart; a POST answered 520 by Cloudflare is one; a port nobody listens on is the
 * policy's attempts, then the ConnectException.
 */
fun main() {
    val closed = LoopbackServer.closedPort()
    // Connect failures wait the backoff: 1 ms here.
    val policy = RetryPolicy.builder().backoffBase(1, TimeUnit.MILLISECONDS)
        .backoffMax(1, TimeUnit.MILLISECONDS).build()
    var retries = 0
    val client = HttpClient(CIO) { statusCodesRetry(policy) }
    client.monitor.subscribe(HttpRequestRetryEvent) { retries++ }
    LoopbackServer.start().use { server ->
        client.use {
            runBlocking {
                for (path in listOf("/items", "/date")) {
                    server.clear()
                    val r = client.get(server.base() + path)
                    check(r.status.value == 200 && r.bodyAsText() == "items", "$path: $r")
                    server.checkWaitedASecond(path)
                }
                server.clear()
                val post = client.post(server.base() + "/cloudflare") { setBody("x") }
                check(post.status.value == 520 && server.requests() == 1,
                    "a POST answered 520 by Cloudflare: one request, got ${server.requests()}")
                retries = 0
                val failure = runCatching { client.get("$closed/") }.exceptionOrNull()
                check(failure is ConnectException && retries == policy.maxAttempts() - 1,
                    "closed port: ${policy.maxAttempts() - 1} retries then the ConnectException," +
                        " got $retries and $failure")
            }
        }
    }
    println("recipes-ktor: Retry-After: 1 and an HTTP date each waited, then 200 in 2 requests;" +
        " a POST answered 520 by Cloudflare in 1; a closed port ${policy.maxAttempts()} attempts")
}
