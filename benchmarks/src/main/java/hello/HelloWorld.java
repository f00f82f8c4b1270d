package hello;

/** The start-up baseline for the command-line comparison: a JVM that prints one line and exits. */
public final class HelloWorld {
    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("Hello, World");
    }
}
