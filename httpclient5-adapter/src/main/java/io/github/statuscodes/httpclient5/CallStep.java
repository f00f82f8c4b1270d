package io.github.statuscodes.httpclient5;

import java.io.IOException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/**
 * The first step {@code applyTo} adds to a classic client's exec chain: puts the context's request
 * config back when the call ends, however it ends (a reused context keeps the user's timeouts).
 */
final class CallStep implements ExecChainHandler {

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope,
            ExecChain chain) throws IOException, HttpException {
        HttpClientContext context = scope.clientContext;
        RequestConfig users = context.getRequestConfig();
        try {
            return chain.proceed(request, scope);
        } finally {
            context.removeAttribute(CallState.ATTRIBUTE);
            if (context.getRequestConfig() != users) {
                context.setRequestConfig(users);
            }
        }
    }
}
