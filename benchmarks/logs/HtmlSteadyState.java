import io.github.statuscodes.cli.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What `logs --html` adds once the JVM is warm, for benchmarks/logs-html.sh: runs `logs LOG` and
 * `logs --html FILE LOG` alternately in one JVM, 2 warm-up rounds then RUNS measured ones, and
 * prints the median CPU time of the running thread for each (the JIT compiler's and the garbage
 * collector's threads are not counted: this is the program's own work per run, without the
 * start-up and compilation that a fresh JVM adds). Usage: java -cp CLI_JAR HtmlSteadyState.java
 * LOG RUNS
 */
public class HtmlSteadyState {
    public static void main(String[] args) throws Exception {
        String log = args[0];
        int runs = Integer.parseInt(args[1]);
        Path html = Files.createTempFile("logs-html-", ".html");
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Long> text = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            for (boolean withHtml : new boolean[] {false, true}) {
                String[] a = withHtml ? new String[] {"logs", "--html", html.toString(), log}
                        : new String[] {"logs", log};
                long start = mx.getCurrentThreadCpuTime();
                CommandLine.run(a, new ByteArrayInputStream(new byte[0]), none, none, false);
                long ms = (mx.getCurrentThreadCpuTime() - start) / 1_000_000;
                if (i >= 2) {
                    (withHtml ? page : text).add(ms);
                }
            }
        }
        Files.deleteIfExists(html);
        Collections.sort(text);
        Collections.sort(page);
        long t = text.get(runs / 2);
        long h = page.get(runs / 2);
        System.out.printf(Locale.ROOT, "In one warm JVM, the running thread's CPU time (%d"
                + " alternating runs each, medians): `logs` %d ms, `logs --html` %d ms (%+.1f %%).%n",
                runs, t, h, 100.0 * (h - t) / t);
    }
}
