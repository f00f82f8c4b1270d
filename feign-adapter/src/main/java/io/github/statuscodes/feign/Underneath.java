package io.github.statuscodes.feign;

import feign.Client;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The client that sends the requests, found under the clients that hand each request to another
 * (Spring Cloud LoadBalancer's {@code FeignBlockingLoadBalancerClient}, tracing and metrics
 * clients): through a public {@code getDelegate()}, else through a field that holds a
 * {@link Client}. A client it cannot see through counts as {@code feign-okhttp} when that is on
 * the class path: counting a resend OkHttp did not make costs the call one attempt, missing one
 * adds one.
 */
final class Underneath {
    /** The class of {@code feign-okhttp}'s client, by name: Feign's OkHttp module is optional. */
    static final String FEIGN_OKHTTP_CLIENT = "feign.okhttp.OkHttpClient";
    static final String FEIGN_HC5_CLIENT = "feign.hc5.ApacheHttp5Client";
    private static final String FEIGN_JAVA11_CLIENT = "feign.http2client.Http2Client";
    private static final boolean OKHTTP_PRESENT = present(FEIGN_OKHTTP_CLIENT);
    private static final int DEPTH = 8;

    private Underneath() {
    }

    /** {@return the innermost client under {@code client}; null when one hides it} */
    static @Nullable Client sender(Client client) {
        Client c = client;
        for (int i = 0; i < DEPTH; i++) {
            if (known(c)) {
                return c;
            }
            Client inner = delegateOf(c);
            if (inner == null || inner == c) {
                return null;
            }
            c = inner;
        }
        return null;
    }

    /** {@return whether OkHttp sends the requests of {@code client}, or may, unseen} */
    static boolean okHttp(Client client) {
        Client sender = sender(client);
        return sender == null ? OKHTTP_PRESENT
                : sender.getClass().getName().equals(FEIGN_OKHTTP_CLIENT);
    }

    private static boolean known(Client c) {
        String name = c.getClass().getName();
        return c instanceof Client.Default || name.equals(FEIGN_OKHTTP_CLIENT)
                || name.equals(FEIGN_HC5_CLIENT) || name.equals(FEIGN_JAVA11_CLIENT);
    }

    private static @Nullable Client delegateOf(Client c) {
        try {
            Method m = c.getClass().getMethod("getDelegate");
            if (Client.class.isAssignableFrom(m.getReturnType())) {
                Object inner = m.invoke(c);
                if (inner instanceof Client) {
                    return (Client) inner;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no such getter, or not reachable: look at the fields
        }
        for (Class<?> k = c.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        || !Client.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                try {
                    if (f.trySetAccessible() && f.get(c) instanceof Client) {
                        return (Client) f.get(c);
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    // a module that does not open it: try the next field
                }
            }
        }
        return null;
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, Underneath.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
