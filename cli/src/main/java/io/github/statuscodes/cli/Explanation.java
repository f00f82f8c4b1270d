package io.github.statuscodes.cli;

import static io.github.statuscodes.internal.Json.quote;

import io.github.statuscodes.Lifecycle;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import java.io.PrintStream;

/**
 * One meaning of a code as the command line shows it: a block of labelled lines, or a JSON
 * object. One line (one member) per fact, so a new fact of {@link StatusCode} is one more line
 * here. Stateless.
 */
final class Explanation {
    private Explanation() {
    }

    static void text(PrintStream out, StatusCode c, boolean primary) {
        String note = !c.isRegistered() ? "  (unregistered)"
                : primary && StatusCodes.meanings(c.code()).size() > 1 ? "  (primary)" : "";
        out.println(c.code() + " " + c.reasonPhrase() + note);
        line(out, "vendor", c.vendor().displayName() + " (" + c.vendor().id() + ")");
        line(out, "class", c.code() / 100 + "xx " + c.statusClass().displayName());
        line(out, "retryability", c.retryability()
                + (c.isLogOnly() ? " (log-only: never sent to a client)" : ""));
        if (c.lifecycle() != Lifecycle.CURRENT) {
            line(out, "lifecycle", c.lifecycle().name());
        }
        line(out, "description", c.description());
        if (!c.causes().isEmpty()) {
            line(out, "causes", String.join("; ", c.causes()));
        }
        if (!c.related().isEmpty()) {
            StringBuilder related = new StringBuilder();
            for (int code : c.related()) {
                related.append(related.length() == 0 ? "" : ", ").append(code).append(' ')
                        .append(StatusCodes.of(code).reasonPhrase());
            }
            line(out, "related", related.toString());
        }
        line(out, "source", c.documentation().toString());
    }

    static void line(PrintStream out, String label, String value) {
        StringBuilder sb = new StringBuilder("  ").append(label).append(':');
        while (sb.length() < 16) {
            sb.append(' ');
        }
        out.println(sb.append(value));
    }

    static void json(StringBuilder sb, StatusCode c, boolean primary) {
        sb.append("{\"code\":").append(c.code())
                .append(",\"reasonPhrase\":").append(quote(c.reasonPhrase()))
                .append(",\"vendor\":").append(quote(c.vendor().id()))
                .append(",\"vendorName\":").append(quote(c.vendor().displayName()))
                .append(",\"class\":").append(quote(c.statusClass().name()))
                .append(",\"retryability\":").append(quote(c.retryability().name()))
                .append(",\"retryable\":").append(c.isRetryable())
                .append(",\"standard\":").append(c.isStandard())
                .append(",\"registered\":").append(c.isRegistered())
                .append(",\"logOnly\":").append(c.isLogOnly())
                .append(",\"primary\":").append(primary)
                .append(",\"lifecycle\":").append(quote(c.lifecycle().name()))
                .append(",\"description\":").append(quote(c.description()));
        sb.append(",\"causes\":[");
        for (int i = 0; i < c.causes().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(c.causes().get(i)));
        }
        sb.append("],\"related\":[");
        for (int i = 0; i < c.related().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(c.related().get(i));
        }
        sb.append(']')
                .append(",\"documentation\":").append(quote(c.documentation().toString()))
                .append('}');
    }
}
