package io.github.statuscodes.httpclient5;

import java.io.IOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * The first step {@code applyTo} adds to a client's exec chain: starts the call's retry state
 * before its first attempt, so that {@code callTimeout} counts from there; on the classic client it
 * also puts the context's request config back when the call ends, however it ends.
 */
final class CallStep implements ExecChainHandler, AsyncExecChainHandler {
    private final StatusCodeRetryStrategy strategy;

    CallStep(StatusCodeRetryStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope,
            ExecChain chain) throws IOException, HttpException {
        HttpClientContext context = scope.clientContext;
        RequestConfig users = context.getRequestConfig();
        strategy.begin(context, request);
        try {
            return chain.proceed(request, scope);
        } finally {
            context.removeAttribute(CallState.ATTRIBUTE);
            if (context.getRequestConfig() != users) {
                context.setRequestConfig(users);
            }
        }
    }

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer,
            AsyncExecChain.Scope scope, AsyncExecChain chain, AsyncExecCallback callback)
            throws HttpException, IOException {
        strategy.begin(scope.clientContext, request);
        chain.proceed(request, entityProducer, scope, callback);
    }
}
