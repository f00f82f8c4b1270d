package io.github.statuscodes.spring;

import io.github.statuscodes.servlet.ClientDisconnects;
import java.util.function.Predicate;

/**
 * {@link ClientDisconnects#isDisconnect(Throwable)} when statuscodes-servlet is on the class
 * path, else a predicate that is always false. Only {@link #get()} touches the servlet adapter,
 * through a nested class loaded on demand.
 */
final class DisconnectClassifier {
    private DisconnectClassifier() {
    }

    static Predicate<Throwable> get() {
        try {
            Class.forName("io.github.statuscodes.servlet.ClientDisconnects", false,
                    DisconnectClassifier.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return t -> false;
        }
        return Servlet.PREDICATE;
    }

    private static final class Servlet {
        static final Predicate<Throwable> PREDICATE = t -> {
            try {
                return ClientDisconnects.isDisconnect(t);
            } catch (RuntimeException e) {
                return false;
            }
        };
    }
}
