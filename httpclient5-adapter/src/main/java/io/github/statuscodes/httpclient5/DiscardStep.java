package io.github.statuscodes.httpclient5;

import io.github.statuscodes.internal.Discards;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * The step {@code applyTo} and {@code forOuterRetries} add to a client's exec chain, so that a
 * retried body is never read to its end. Classic, below decompression: puts in the attempt's
 * bounded response timeout, and gives the body a close that drops the connection while core's
 * {@code Discards} discards it, decompressed or not. Async, below retry: discards the connection
 * of a retried response with a body and reports the failure that follows as the attempt's
 * completion.
 */
final class DiscardStep implements ExecChainHandler, AsyncExecChainHandler {

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope,
            ExecChain chain) throws IOException, HttpException {
        Object o = scope.clientContext.getAttribute(CallState.ATTRIBUTE);
        RequestConfig attempt = o instanceof CallState ? ((CallState) o).attemptConfig : null;
        if (attempt != null) {
            scope.clientContext.setRequestConfig(attempt);   // this attempt's bound, exactly
        }
        ClassicHttpResponse response = chain.proceed(request, scope);
        if (response.getEntity() != null) {
            response.setEntity(new Abortable(response.getEntity()));
        }
        return response;
    }

    /** A body whose close, while a retry loop above discards it, drops the connection. */
    private static final class Abortable extends HttpEntityWrapper {
        Abortable(HttpEntity entity) {
            super(entity);
        }

        @Override
        public InputStream getContent() throws IOException {
            return new FilterInputStream(super.getContent()) {
                @Override
                public void close() throws IOException {
                    if (Discards.isDiscarding() && in instanceof EofSensorInputStream) {
                        ((EofSensorInputStream) in).abort();   // read through decompression
                    } else {
                        super.close();
                    }
                }
            };
        }
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer,
            AsyncExecChain.Scope scope, AsyncExecChain chain, AsyncExecCallback callback)
            throws HttpException, IOException {
        AtomicBoolean discarded = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        chain.proceed(request, entityProducer, scope, new AsyncExecCallback() {
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
