package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the core jar: {@code java -jar statuscodes-core-<version>.jar 460 499}
 * explains codes. Exit status 0 on success, 2 on bad input with a one-line message on stderr.
 */
final class CommandLine {
    static final int OK = 0;
    static final int USAGE = 2;

    private static final String NAME = "statuscodes";
    private static final String HINT = "; run with --help for usage";
    private static final String HELP = String.join(System.lineSeparator(),
            "Usage: java -jar statuscodes-core.jar [options] CODE...",
            "Explains HTTP status codes: every meaning of each CODE, with vendor, class,",
            "retryability, description and source.",
            "",
            "Options:",
            "  --vendor ID   only that vendor's meaning (else the primary one); with --list,",
            "                only that vendor's codes. IDs: " + vendorIds(),
            "  --list        list every registered code",
            "  --json        print JSON instead of text",
            "  -h, --help    print this help",
            "",
            "Exit status: 0 on success, 2 on bad input.");

    private CommandLine() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs the command line and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Vendor vendor = null;
        boolean list = false;
        boolean json = false;
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.println(HELP);
                return OK;
            } else if (a.equals("--list")) {
                list = true;
            } else if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--vendor") || a.startsWith("--vendor=")) {
                String id;
                if (a.equals("--vendor")) {
                    if (i + 1 >= args.length) {
                        return fail(err, "--vendor needs a vendor id, e.g. --vendor nginx");
                    }
                    id = args[++i];
                } else {
                    id = a.substring("--vendor=".length());
                }
                Optional<Vendor> v = Vendor.find(id);
                if (v.isEmpty()) {
                    return fail(err, "unknown vendor " + Checks.quote(id) + "; known vendors: "
                            + vendorIds());
                }
                vendor = v.get();
            } else if (a.startsWith("-")) {
                return fail(err, "unknown option " + Checks.quote(a));
            } else {
                Integer code = parseCode(a);
                if (code == null) {
                    return fail(err, Checks.quote(a) + " is not a status code; give a number"
                            + " from 100 to 999");
                }
                codes.add(code);
            }
        }
        if (list && !codes.isEmpty()) {
            return fail(err, "--list takes no codes; give either --list or codes");
        }
        List<StatusCode> shown = new ArrayList<>();
        List<Boolean> primary = new ArrayList<>();
        if (list) {
            for (StatusCode c : vendor == null ? StatusCodes.all() : StatusCodes.byVendor(vendor)) {
                shown.add(c);
                primary.add(StatusCodes.of(c.code()) == c);
            }
        } else if (codes.isEmpty()) {
            return fail(err, "no status code given, e.g. java -jar statuscodes-core.jar 460");
        } else {
            for (int code : codes) {
                List<StatusCode> meanings = vendor == null ? StatusCodes.meanings(code)
                        : List.of(StatusCodes.of(code, vendor));
                if (meanings.isEmpty()) {
                    meanings = List.of(StatusCodes.of(code));
                }
                for (StatusCode c : meanings) {
                    shown.add(c);
                    primary.add(StatusCodes.of(code) == c);
                }
            }
        }
        if (json) {
            printJson(out, shown, primary);
        } else if (list) {
            for (StatusCode c : shown) {
                out.println(c.code() + "  " + pad(c.vendor().id(), 11) + c.reasonPhrase()
                        + "  [" + c.retryability() + (c.isLogOnly() ? ", log-only" : "") + "]");
            }
        } else {
            printText(out, shown, primary);
        }
        return OK;
    }

    private static Integer parseCode(String a) {
        if (a.length() != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            if (a.charAt(i) < '0' || a.charAt(i) > '9') {
                return null;
            }
        }
        int code = Integer.parseInt(a);
        return code < 100 ? null : code;
    }

    private static void printText(PrintStream out, List<StatusCode> shown, List<Boolean> primary) {
        for (int i = 0; i < shown.size(); i++) {
            StatusCode c = shown.get(i);
            if (i > 0) {
                out.println();
            }
            String note = !c.isRegistered() ? "  (unregistered)"
                    : primary.get(i) && StatusCodes.meanings(c.code()).size() > 1 ? "  (primary)"
                    : "";
            out.println(c.code() + " " + c.reasonPhrase() + note);
            out.println("  vendor:       " + c.vendor().displayName() + " (" + c.vendor().id()
                    + ")");
            out.println("  class:        " + c.code() / 100 + "xx "
                    + c.statusClass().displayName());
            out.println("  retryability: " + c.retryability()
                    + (c.isLogOnly() ? " (log-only: never sent to a client)" : ""));
            out.println("  description:  " + c.description());
            out.println("  source:       " + c.documentation());
        }
    }

    private static void printJson(PrintStream out, List<StatusCode> shown, List<Boolean> primary) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shown.size(); i++) {
            StatusCode c = shown.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"code\":").append(c.code())
                    .append(",\"reasonPhrase\":").append(Json.quote(c.reasonPhrase()))
                    .append(",\"vendor\":").append(Json.quote(c.vendor().id()))
                    .append(",\"vendorName\":").append(Json.quote(c.vendor().displayName()))
                    .append(",\"class\":").append(Json.quote(c.statusClass().name()))
                    .append(",\"retryability\":").append(Json.quote(c.retryability().name()))
                    .append(",\"retryable\":").append(c.isRetryable())
                    .append(",\"standard\":").append(c.isStandard())
                    .append(",\"registered\":").append(c.isRegistered())
                    .append(",\"logOnly\":").append(c.isLogOnly())
                    .append(",\"primary\":").append(primary.get(i))
                    .append(",\"description\":").append(Json.quote(c.description()))
                    .append(",\"documentation\":").append(Json.quote(c.documentation().toString()))
                    .append('}');
        }
        out.println(sb.append(shown.isEmpty() ? "]" : "\n]"));
    }

    private static int fail(PrintStream err, String message) {
        err.println(NAME + ": " + message + HINT);
        return USAGE;
    }

    private static String vendorIds() {
        StringBuilder sb = new StringBuilder();
        for (Vendor v : Vendor.values()) {
            if (v != Vendor.NONE) {
                sb.append(sb.length() == 0 ? "" : ", ").append(v.id());
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.append(' ').toString();
    }
}
