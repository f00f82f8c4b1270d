package io.github.statuscodes.resilience4j;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Any supported response, its client found by type at run time: a client's types are only
 * touched when its classes are present. A response that does not carry its method counts as a
 * POST; any other result has no status and is never retried.
 */
final class AnyAccess implements ResponseAccess<Object> {
    static final AnyAccess INSTANCE = new AnyAccess();
    private static final boolean OKHTTP = present("okhttp3.Response");
    private static final boolean SPRING = present("org.springframework.http.ResponseEntity");
    private static final boolean HC5 = present("org.apache.hc.core5.http.HttpResponse");

    private AnyAccess() {
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, AnyAccess.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable ResponseAccess<Object> of(@Nullable Object response) {
        ResponseAccess<?> access = null;
        if (response instanceof java.net.http.HttpResponse) {
            access = JdkAccess.INSTANCE;
        } else if (OKHTTP && OkHttpAccess.accepts(response)) {
            access = OkHttpAccess.INSTANCE;
        } else if (SPRING) {
            access = SpringAccess.unknownMethod(response);
        }
        if (access == null && HC5 && Hc5Access.accepts(response)) {
            access = Hc5Access.UNKNOWN_METHOD;
        }
        return (ResponseAccess<Object>) access;
    }

    @Override
    public int status(Object response) {
        ResponseAccess<Object> a = of(response);
        return a == null ? -1 : a.status(response);
    }

    @Override
    public @Nullable String header(Object response, String name) {
        ResponseAccess<Object> a = of(response);
        return a == null ? null : a.header(response, name);
    }

    @Override
    public @Nullable String method(Object response) {
        ResponseAccess<Object> a = of(response);
        return a == null ? null : a.method(response);
    }

    @Override
    public @Nullable URI uri(Object response) {
        ResponseAccess<Object> a = of(response);
        return a == null ? null : a.uri(response);
    }

    @Override
    public void release(Object response) {
        ResponseAccess<Object> a = of(response);
        if (a != null) {
            a.release(response);
        }
    }

    @Override
    public String toString() {
        return "ResponseAccess.any()";
    }
}
