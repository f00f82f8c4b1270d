package io.github.statuscodes.httpclient5;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * The async client's step just below its retry step: when the strategy retries a response that
 * has a body, the connection is discarded at once instead of the body being read to its end (the
 * retry step's own discard reads it all, however slow), and the failure that follows is reported
 * to the retry step as the attempt's completion, so that it goes on to the next attempt.
 */
final class AsyncDiscard implements AsyncExecChainHandler {

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer,
            AsyncExecChain.Scope scope, AsyncExecChain chain, AsyncExecCallback callback)
            throws HttpException, IOException {
        chain.proceed(request, entityProducer, scope, new AsyncExecCallback() {
            private final AtomicBoolean discarded = new AtomicBoolean();
            private final AtomicBoolean done = new AtomicBoolean();

            @Override
            public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details)
                    throws HttpException, IOException {
                AsyncDataConsumer consumer = callback.handleResponse(response, details);
                if (details != null
                        && StatusCodeRetryStrategy.retries(scope.clientContext, response)) {
                    discarded.set(true);
                    scope.execRuntime.discardEndpoint();   // the exchange then fails: see below
                }
                return consumer;
            }

            @Override
            public void handleInformationResponse(HttpResponse response)
                    throws HttpException, IOException {
                callback.handleInformationResponse(response);
            }

            @Override
            public void completed() {
                if (done.compareAndSet(false, true)) {
                    callback.completed();
                }
            }

            @Override
            public void failed(Exception cause) {
                // The discarded connection's failure ends the retried attempt, not the call.
                if (done.compareAndSet(false, true)) {
                    if (discarded.get()) {
                        callback.completed();
                    } else {
                        callback.failed(cause);
                    }
                }
            }
        });
    }
}
