package io.github.statuscodes.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a log's format from its first lines: every candidate format tries them, and the ones that
 * read the most win. Stateless.
 */
final class FormatDetection {
    static final int SAMPLE_BYTES = 1 << 16;
    static final int SAMPLE_LINES = 50;
    /** How far detection reads at most; lines beyond it are not tried. */
    static final int SCAN_BYTES = LogReader.BUFFER + SAMPLE_BYTES;

    private FormatDetection() {
    }

    /**
     * The candidates that read the most of the first lines (a recognised header line counts as
     * read): one when the format is clear, several when it is ambiguous, none when no candidate
     * reads any line. Detection looks at up to {@value #SAMPLE_LINES} non-blank lines within the
     * first {@value #SCAN_BYTES} bytes; a line longer than {@value #SAMPLE_BYTES} bytes is
     * skipped (the reader still counts it, as not parsed). A log with no non-blank line at all
     * gives {@link EmptyLog}; one whose first lines are all too long gives none.
     */
    static List<LogFormat> detect(BufferedInputStream in) throws IOException {
        in.mark(SCAN_BYTES + 1);
        byte[] sample = new byte[SAMPLE_BYTES];
        LogFormat[] candidates = LogFormat.candidates();
        int[] hits = new int[candidates.length];
        LogLine line = new LogLine();
        int lines = 0;
        boolean cut = false; // a line too long to sample was skipped
        int scanned = 0;
        int len = 0;
        boolean tooLong = false;
        boolean eof = false;
        while (lines < SAMPLE_LINES && scanned < SCAN_BYTES) {
            int b = in.read();
            scanned++;
            if (b >= 0 && b != '\n' && b != '\r') { // CR LF leaves a blank line: skipped
                if (len < sample.length) {
                    sample[len++] = (byte) b;
                } else {
                    tooLong = true;
                }
                continue;
            }
            if (tooLong) {
                cut = true;
            } else {
                int end = len;
                if (end > 0 && !blank(sample, end)) {
                    lines++;
                    for (int c = 0; c < candidates.length; c++) {
                        LogFormat header = candidates[c].header(sample, 0, end);
                        if (header != null) {
                            if (header != candidates[c]) { // a shared directive tells no format
                                hits[c]++;
                            }
                            candidates[c] = header;
                        } else if (candidates[c].parse(sample, 0, end, line)) {
                            hits[c]++;
                        }
                    }
                }
            }
            len = 0;
            tooLong = false;
            if (b < 0) {
                eof = true;
                break;
            }
        }
        in.reset();
        List<LogFormat> best = new ArrayList<>();
        if (lines == 0) {
            if (!cut && eof) {
                best.add(new EmptyLog()); // nothing but blank lines: no format to tell
            }
            return best;
        }
        int most = 0;
        for (int h : hits) {
            most = Math.max(most, h);
        }
        for (int c = 0; c < candidates.length && most > 0; c++) {
            if (hits[c] == most) {
                best.add(candidates[c]);
            }
        }
        return best;
    }

    private static boolean blank(byte[] b, int end) {
        for (int i = 0; i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
