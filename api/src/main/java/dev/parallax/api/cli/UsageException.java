package dev.parallax.api.cli;

/** Arguments that parse but do not fit together; reported like a picocli usage error (exit 2). */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
