package io.github.statuscodes.cli;

/** Splits a logged request line such as {@code GET /path?q HTTP/1.1} into method and target. */
final class RequestLine {
    private RequestLine() {
    }

    /**
     * Sets the method and target ranges of {@code line} from {@code b[from, to)}; leaves them
     * empty when the value has no space ({@code -}, {@code <BADREQ>}).
     */
    static void split(byte[] b, int from, int to, LogLine line) {
        int sp = Bytes.indexOf(b, from, to, (byte) ' ');
        if (sp < 0) {
            return;
        }
        line.methodFrom = from;
        line.methodTo = sp;
        int t = sp + 1;
        int e = Bytes.indexOf(b, t, to, (byte) ' ');
        line.targetFrom = t;
        line.targetTo = e < 0 ? to : e;
    }
}
