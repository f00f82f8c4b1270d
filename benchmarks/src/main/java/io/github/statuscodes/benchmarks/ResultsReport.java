package io.github.statuscodes.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's CSV results ({@code -rf csv}, with {@code -prof gc}) into the Markdown tables of
 * BENCHMARKS.md: one table per benchmark class, led by the ratio to the class's reference
 * benchmark, then time per operation with its 99.9% error, then bytes allocated per operation.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.statuscodes.benchmarks.ResultsReport results.csv}</pre>
 */
public final class ResultsReport {
    /** Per benchmark class: the benchmark every other is divided by. */
    private static final Map<String, String> REFERENCE = Map.of(
            "LookupBenchmark", "statusCodesOf",
            "VendorBenchmark", "ofPrimary",
            "ProblemDetailsBenchmark", "referenceConcat",
            "OkHttpInterceptorBenchmark", "withoutInterceptor",
            "RetryPolicyBenchmark", "statusCodesOf",
            "JdkHttpClientBenchmark", "sendBare",
            "HttpClient5Benchmark", "withDefaultStrategy",
            "SpringRestClientBenchmark", "bareRestClient",
            "FeignBenchmark", "bareFeign",
            "Resilience4jBenchmark", "retryDefaults");

    private static final class Row {
        String unit;
        double score = Double.NaN;
        double error = Double.NaN;
        double bytes = Double.NaN;
    }

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsReport results.csv");
            System.exit(2);
        }
        Map<String, Map<String, Row>> byClass = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);
            String full = f.get(0);
            String secondary = null;
            int colon = full.indexOf(':');
            if (colon >= 0) {
                secondary = full.substring(colon + 1);
                full = full.substring(0, colon);
            }
            int dot = full.lastIndexOf('.');
            String method = full.substring(dot + 1);
            String type = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
            Row row = byClass.computeIfAbsent(type, t -> new LinkedHashMap<>())
                    .computeIfAbsent(method, m -> new Row());
            if (secondary == null) {
                row.score = number(f.get(4));
                row.error = number(f.get(5));
                row.unit = f.get(6);
            } else if (secondary.equals("gc.alloc.rate.norm")) {
                row.bytes = number(f.get(4));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, Row>> e : byClass.entrySet()) {
            String type = e.getKey();
            Map<String, Row> rows = e.getValue();
            String refName = REFERENCE.get(type);
            Row ref = refName == null ? null : rows.get(refName);
            out.append("#### ").append(type).append("\n\n");
            out.append("| Benchmark | ÷ ").append(refName == null ? "-" : "`" + refName + "`")
                    .append(" | time/op ± 99.9% | B/op |\n");
            out.append("|---|---:|---:|---:|\n");
            for (Map.Entry<String, Row> r : rows.entrySet()) {
                Row row = r.getValue();
                out.append("| `").append(r.getKey()).append("` | ")
                        .append(ref == null ? "-" : fmt(row.score / ref.score, 2)).append(" | ")
                        .append(fmt(row.score, row.score < 10 ? 2 : 1)).append(" ± ")
                        .append(fmt(row.error, row.error < 10 ? 2 : 1)).append(' ')
                        .append(row.unit == null ? "" : row.unit).append(" | ")
                        .append(fmt(row.bytes, 0)).append(" |\n");
            }
            if (type.equals("OkHttpInterceptorBenchmark")) {
                Row with = rows.get("withInterceptor");
                if (ref != null && with != null && !Double.isNaN(with.score)) {
                    double ratio = with.score / ref.score;
                    double rel = Math.sqrt(Math.pow(with.error / with.score, 2)
                            + Math.pow(ref.error / ref.score, 2));
                    out.append("\nwith ÷ without = ").append(fmt(ratio, 3)).append(" ± ")
                            .append(fmt(ratio * rel, 3))
                            .append(" (99.9% errors of both added in quadrature); the")
                            .append(" interceptor adds ")
                            .append(fmt(with.bytes - ref.bytes, 0)).append(" B per call\n");
                } else {
                    out.append("\n`withInterceptor` has no result: see jmh.log\n");
                }
            }
            out.append('\n');
        }
        System.out.print(out);
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Splits one CSV line as JMH writes it: fields in double quotes or bare. */
    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
