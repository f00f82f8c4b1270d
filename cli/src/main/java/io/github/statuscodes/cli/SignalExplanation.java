package io.github.statuscodes.cli;

import static io.github.statuscodes.internal.Json.quote;

import io.github.statuscodes.LogSignal;
import io.github.statuscodes.StatusCode;
import java.io.PrintStream;

/**
 * One access-log signal as the command line shows it: a block of labelled lines, or a JSON
 * object. Stateless.
 */
final class SignalExplanation {
    private SignalExplanation() {
    }

    static void text(PrintStream out, LogSignal s) {
        out.println(s.token() + " " + s.name());
        Explanation.line(out, "vendor", s.vendor().displayName() + " (" + s.vendor().id() + ")");
        Explanation.line(out, "field", s.field());
        Explanation.line(out, "ended by", s.endedBy().name());
        if (!s.equivalents().isEmpty()) {
            StringBuilder same = new StringBuilder();
            for (StatusCode c : s.equivalents()) {
                same.append(same.length() == 0 ? "" : ", ").append(c.code()).append(' ')
                        .append(c.reasonPhrase()).append(" (").append(c.vendor().id()).append(')');
            }
            Explanation.line(out, "same as", same.toString());
        }
        if (!s.aliases().isEmpty()) {
            Explanation.line(out, "also written", String.join(", ", s.aliases()));
        }
        Explanation.line(out, "meaning", s.meaning());
        Explanation.line(out, "source", s.documentation().toString());
    }

    static void json(StringBuilder sb, LogSignal s) {
        sb.append("{\"signal\":").append(quote(s.token()))
                .append(",\"name\":").append(quote(s.name()))
                .append(",\"vendor\":").append(quote(s.vendor().id()))
                .append(",\"vendorName\":").append(quote(s.vendor().displayName()))
                .append(",\"field\":").append(quote(s.field()))
                .append(",\"endedBy\":").append(quote(s.endedBy().name()))
                .append(",\"equivalents\":[");
        for (int i = 0; i < s.equivalents().size(); i++) {
            StatusCode c = s.equivalents().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"code\":").append(c.code())
                    .append(",\"reasonPhrase\":").append(quote(c.reasonPhrase()))
                    .append(",\"vendor\":").append(quote(c.vendor().id())).append('}');
        }
        sb.append("],\"aliases\":[");
        for (int i = 0; i < s.aliases().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(s.aliases().get(i)));
        }
        sb.append("],\"meaning\":").append(quote(s.meaning()))
                .append(",\"documentation\":").append(quote(s.documentation().toString()))
                .append('}');
    }
}
