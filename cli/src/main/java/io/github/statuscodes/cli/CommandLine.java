package io.github.statuscodes.cli;

import io.github.statuscodes.LogSignal;
import io.github.statuscodes.LogSignals;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.internal.Checks;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statuscodes command line: {@code java -jar statuscodes-cli-<version>.jar 460 499} explains
 * codes, {@code ... logs access.log} explains an access log (see {@code logs --help}). Exit
 * status 0 on success, 2 on bad input with a one-line message on stderr. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * int status = CommandLine.run(new String[] {"460", "499"}, System.out, System.err);
 * }</pre>
 */
public final class CommandLine {
    static final int OK = 0;
    static final int USAGE = 2;
    /** The widest line of any help text: a terminal's default 80 columns. */
    static final int WIDTH = 80;

    private static final String NAME = "statuscodes";
    private static final String HINT = "; run with --help for usage";
    private CommandLine() {
    }

    /**
     * Runs the command line with the process's standard streams and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // Only logs shows progress: explaining a code does not load java.io.Console (start-up).
        boolean progress = args.length > 0 && args[0].equals("logs") && isTerminal();
        int status = execute(args, System.in, out, err, progress);
        out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Whether this process talks to a terminal, so that a progress line on stderr helps and does
     * not end up in a file. JDK 22 and later return a console even when redirected; their
     * {@code Console.isTerminal()} tells (called reflectively: the jar runs on Java 11).
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22, a console means a terminal
        }
    }

    /**
     * Runs the command line and returns its exit status; standard input is not read.
     *
     * @param args the arguments
     * @param out where the output goes
     * @param err where a one-line error goes
     * @return 0 on success, 2 on bad input
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err, false);
    }

    /**
     * Runs the command line and returns its exit status.
     *
     * @param args the arguments
     * @param in standard input, read by {@code logs -}
     * @param out where the output goes
     * @param err where a one-line error (and, when {@code progress}, a progress line) goes
     * @param progress whether to show progress on {@code err} while reading long logs
     * @return 0 on success, 2 on bad input
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            boolean progress) {
        Checks.notNull(args, "args");
        Checks.notNull(in, "in");
        Checks.notNull(out, "out");
        Checks.notNull(err, "err");
        return execute(args, in, out, err, progress);
    }

    /**
     * {@link #run(String[], InputStream, PrintStream, PrintStream, boolean)} without its null
     * checks, which {@link #main} does not need: they would load core's {@code Checks} first.
     */
    private static int execute(String[] args, InputStream in, PrintStream out, PrintStream err,
            boolean progress) {
        if (args.length > 0 && args[0].equals("logs")) {
            return LogsCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), in, out,
                    err, progress);
        }
        Vendor vendor = null;
        boolean list = false;
        boolean json = false;
        List<String> values = new ArrayList<>();
        boolean vendorWord = false;
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (endOfOptions || vendor != null && (a.equals("-") || a.matches("-[0-9]{1,3}"))) {
                values.add(a); // a log value such as HAProxy's -1 or Traefik's -
            } else if (a.equals("--")) {
                endOfOptions = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(help());
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
                Optional<Vendor> v = vendor(id);
                if (v.isEmpty()) {
                    return fail(err, "unknown vendor " + Checks.quote(id) + "; known vendors: "
                            + vendorIds());
                }
                if (vendorWord) {
                    return fail(err, "give the vendor once, as a word or with --vendor");
                }
                vendor = v.get();
            } else if (a.startsWith("-")) {
                return fail(err, "unknown option " + Checks.quote(a) + (a.matches("-[0-9]+")
                        ? "; to explain a log value such as -1, give the vendor first"
                        + " (statuscodes haproxy -1) or end the options with --" : ""));
            } else if (values.isEmpty() && !vendorWord && parseCode(a) == null
                    && vendor(a).isPresent()) {
                if (vendor != null) {
                    return fail(err, "give the vendor once, as a word or with --vendor");
                }
                vendor = vendor(a).get();
                vendorWord = true;
            } else {
                values.add(a);
            }
        }
        if (list && !values.isEmpty()) {
            return fail(err, "--list takes no codes; give either --list or codes");
        }
        List<Object> shown = new ArrayList<>();
        List<Boolean> primary = new ArrayList<>();
        if (list && vendor != null && StatusCodes.byVendor(vendor).isEmpty()
                && LogSignals.byVendor(vendor).isEmpty()) {
            return fail(err, vendor.id() + " defines no status codes or log values of its own;"
                    + " its codes are the standard ones (--list lists them)");
        }
        if (list) {
            for (StatusCode c : vendor == null ? StatusCodes.all() : StatusCodes.byVendor(vendor)) {
                shown.add(c);
                primary.add(StatusCodes.of(c.code()) == c);
            }
            if (vendor != null) {
                for (LogSignal s : LogSignals.byVendor(vendor)) {
                    shown.add(s);
                    primary.add(false);
                }
            }
        } else if (values.isEmpty()) {
            return fail(err, vendor == null
                    ? "no status code given, e.g. java -jar statuscodes-cli-VERSION.jar 460"
                    : "no status code or log value given, e.g. java -jar"
                            + " statuscodes-cli-VERSION.jar envoy DC");
        } else {
            for (String value : values) {
                List<LogSignal> signals = vendor == null ? List.of()
                        : LogSignals.findAll(vendor, value);
                if (!signals.isEmpty() && (signals.size() > 1 || value.indexOf(',') < 0)) {
                    if (value.indexOf(',') >= 0 && signals.size() != value.split(",", -1).length) {
                        return fail(err, Checks.quote(value) + " holds a value that is not a"
                                + " known " + vendor.id() + " log value");
                    }
                    for (LogSignal s : signals) {
                        shown.add(s);
                        primary.add(false);
                    }
                    continue;
                }
                Integer code = parseCode(value);
                if (code == null) {
                    return fail(err, vendor == null
                            ? Checks.quote(value) + " is not a status code; give a number"
                                    + " from 100 to 999"
                            : Checks.quote(value) + " is neither a status code nor a known "
                                    + vendor.id() + " log value" + (LogSignals.byVendor(vendor)
                                            .isEmpty() ? " (it has none)" : "; --list --vendor "
                                            + vendor.id() + " lists them"));
                }
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
            for (Object o : shown) {
                if (o instanceof StatusCode) {
                    StatusCode c = (StatusCode) o;
                    out.println(c.code() + "  " + pad(c.vendor().id(), 11) + c.reasonPhrase()
                            + "  [" + c.retryability() + (c.isLogOnly() ? ", log-only" : "")
                            + "]");
                } else {
                    LogSignal s = (LogSignal) o;
                    out.println(pad(s.token(), 4) + " " + pad(s.vendor().id(), 11) + s.name()
                            + "  [" + s.field() + ", ended by " + s.endedBy() + "]");
                }
            }
        } else {
            printText(out, shown, primary);
        }
        return OK;
    }

    /** A vendor by id, or by a short name people use: gcp, azure, aws-cloudfront. */
    private static Optional<Vendor> vendor(String given) {
        String name = given.toLowerCase(java.util.Locale.ROOT);
        switch (name) {
            case "gcp":
                return Optional.of(Vendor.GOOGLE_CLOUD_LB);
            case "azure":
                return Optional.of(Vendor.AZURE_APP_GATEWAY);
            case "aws-cloudfront":
                return Optional.of(Vendor.AWS_CLOUDFRONT);
            default:
                return Vendor.find(name);
        }
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

    private static void printText(PrintStream out, List<Object> shown, List<Boolean> primary) {
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                out.println();
            }
            if (shown.get(i) instanceof StatusCode) { // LogSignal loads only when shown
                Explanation.text(out, (StatusCode) shown.get(i), primary.get(i));
            } else {
                SignalExplanation.text(out, (LogSignal) shown.get(i));
            }
        }
    }

    private static void printJson(PrintStream out, List<Object> shown, List<Boolean> primary) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shown.size(); i++) {
            sb.append(i == 0 ? "\n  " : ",\n  ");
            if (shown.get(i) instanceof StatusCode) {
                Explanation.json(sb, (StatusCode) shown.get(i), primary.get(i));
            } else {
                SignalExplanation.json(sb, (LogSignal) shown.get(i));
            }
        }
        out.println(sb.append(shown.isEmpty() ? "]" : "\n]"));
    }

    static int fail(PrintStream err, String message) {
        err.println(NAME + ": " + message + HINT);
        return USAGE;
    }

    /** The vendor IDs, comma-separated on one line (for messages). */
    private static String vendorIds() {
        StringBuilder sb = new StringBuilder();
        for (Vendor v : Vendor.values()) {
            if (v != Vendor.NONE) {
                sb.append(sb.length() == 0 ? "" : ", ").append(v.id());
            }
        }
        return sb.toString();
    }

    /**
     * The help text, built only when asked for: wrapping the vendor IDs splits with a regex,
     * which explaining a code need not pay for at start-up.
     */
    private static String help() {
        return String.join(System.lineSeparator(),
                "Usage: java -jar statuscodes-cli-VERSION.jar [options] CODE...",
                "       java -jar statuscodes-cli-VERSION.jar [options] VENDOR VALUE...",
                "       java -jar statuscodes-cli-VERSION.jar logs [options] FILE...",
                "Explains HTTP status codes: every meaning of each CODE, with vendor, class,",
                "retryability, description and source; logs explains proxies' access logs",
                "(logs --help). VERSION is the version in the jar's file name.",
                "",
                "VENDOR VALUE explains what a proxy writes in its access log beside the status:",
                "who ended the request, the code that means the same elsewhere, the source.",
                "  envoy DC           Envoy response flags (UF,URX lists too) and",
                "                     %RESPONSE_CODE_DETAILS%",
                "  haproxy CD         HAProxy termination states (%ts, or %tsc as in CD--)",
                "  cloudfront 000     CloudFront sc-status 000, x-edge-(detailed-)result-type",
                "  gcp client_disconnected_before_any_response",
                "                     Google Cloud Load Balancing jsonPayload.statusDetails",
                "  iis 64             IIS sc-win32-status",
                "  traefik 499        a CODE in that vendor's meaning (also with --vendor)",
                "VENDOR is a vendor ID or gcp, azure; CODE VALUE --vendor ID works the same.",
                "",
                "Options:",
                "  --vendor ID   only that vendor's meaning (else the primary one) and its log",
                "                values; with --list, that vendor's codes and log values.",
                "                IDs: " + wrappedVendorIds(),
                "  --list        list every registered code",
                "  --json        print JSON instead of text",
                "  -h, --help    print this help",
                "",
                "Exit status: 0 on success, 2 on bad input.");
    }

    /** {@link #vendorIds()} wrapped to {@value #WIDTH} columns after the 21 of "...IDs: ". */
    private static String wrappedVendorIds() {
        String indent = "                     ";
        StringBuilder sb = new StringBuilder();
        int column = indent.length();
        for (String id : vendorIds().split(", ")) {
            if (sb.length() > 0 && column + 2 + id.length() + 1 > WIDTH) {
                sb.append(',').append(System.lineSeparator()).append(indent);
                column = indent.length();
            } else if (sb.length() > 0) {
                sb.append(", ");
                column += 2;
            }
            sb.append(id);
            column += id.length();
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
