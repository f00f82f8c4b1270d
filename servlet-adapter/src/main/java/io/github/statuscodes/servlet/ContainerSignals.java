package io.github.statuscodes.servlet;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The signals of a departed client that servlet containers offer beyond the streams. Jetty 12
 * (ee10 and ee11), found by reflection so that the adapter depends on no container, exposes the
 * core request behind its servlet request ({@code ServletApiRequest.getRequest()}), whose
 * {@code addFailureListener(Consumer<Throwable>)} is called when the request fails while the
 * application still works on it, above all when an HTTP/2 client resets its stream
 * ({@code RST_STREAM}). Tomcat (10.1, 11), on a reset, puts an {@code IOException} ("Client reset
 * the stream...") into the request attribute {@code jakarta.servlet.error.exception} at once, but
 * tells no listener while the application works; {@link #streamReset} reads it. On other
 * containers, or where reflection is unavailable (a native image without the metadata this
 * module ships), nothing is registered and the streams remain the evidence. Stateless and
 * thread-safe.
 */
final class ContainerSignals {

    /** A public no-argument {@code getRequest()} that returns something other than a ServletRequest. */
    private static final ClassValue<@Nullable Method> CORE_REQUEST =
            new ClassValue<@Nullable Method>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
            Method m = publicMethod(type, "getRequest");
            return m != null && !ServletRequest.class.isAssignableFrom(m.getReturnType()) ? m
                    : null;
        }
    };

    private static final ClassValue<@Nullable Method> ADD_FAILURE_LISTENER =
            new ClassValue<@Nullable Method>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
            return publicMethod(type, "addFailureListener", Consumer.class);
        }
    };

    private ContainerSignals() {
    }

    /**
     * Registers {@code listener} for the container's own failure notifications of this request,
     * if the container has them; returns whether it did.
     */
    static boolean onFailure(ServletRequest request, Consumer<Throwable> listener) {
        try {
            Object[] hook = hook(request);
            if (hook == null) {
                return false;
            }
            ((Method) hook[2]).invoke(hook[1], listener);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false; // no usable hook: the request and response streams still tell
        }
    }

    /**
     * The I/O exception the container left in the request attribute
     * {@code jakarta.servlet.error.exception} of an HTTP/2 request outside an error dispatch, or
     * null. Tomcat's {@code Stream.receiveReset} sets it on the connection's thread when the
     * client resets the stream, and the servlet request reads through to it; whether it means
     * a disconnect is for {@link ClientDisconnects} to say. Never throws.
     */
    static @Nullable Throwable streamReset(ServletRequest request) {
        try {
            if (!String.valueOf(request.getProtocol()).startsWith("HTTP/2")) {
                return null;
            }
            Object e = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            return e instanceof IOException ? (IOException) e : null;
        } catch (RuntimeException e) {
            return null; // e.g. a request the container has already recycled
        }
    }

    /**
     * The classes whose public methods {@link #onFailure} looks up by reflection for this
     * request, as {@code "class#method"}; empty on a container without the hook. For the test
     * that keeps the native-image metadata complete.
     */
    static List<String> reflectiveLookups(ServletRequest request) throws ReflectiveOperationException {
        Object[] hook = hook(request);
        return hook == null ? List.of() : List.of(
                unwrap(request).getClass().getName() + "#getRequest",
                hook[1].getClass().getName() + "#addFailureListener");
    }

    /** The core request and its addFailureListener method, as {request, core, method}, or null. */
    private static Object[] hook(ServletRequest request) throws ReflectiveOperationException {
        ServletRequest r = unwrap(request);
        Method get = CORE_REQUEST.get(r.getClass());
        Object core = get == null ? null : get.invoke(r);
        Method add = core == null ? null : ADD_FAILURE_LISTENER.get(core.getClass());
        return add == null ? null : new Object[] {r, core, add};
    }

    private static ServletRequest unwrap(ServletRequest request) {
        ServletRequest r = request;
        while (r instanceof ServletRequestWrapper) {
            r = ((ServletRequestWrapper) r).getRequest();
        }
        return r;
    }

    /**
     * The public method, declared by a public class or interface (an implementation class may be
     * private, like Jetty's request wrappers), or null.
     */
    static @Nullable Method publicMethod(Class<?> type, String name,
            Class<?>... parameters) {
        Method m;
        try {
            m = type.getMethod(name, parameters);
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
        if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            return m;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                Method fromInterface = publicMethod(i, name, parameters);
                if (fromInterface != null) {
                    return fromInterface;
                }
            }
        }
        return null;
    }
}
