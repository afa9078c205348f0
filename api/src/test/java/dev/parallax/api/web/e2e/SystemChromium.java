package dev.parallax.api.web.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own headless Chromium and chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}). Both paths are given to Selenium, so that Selenium Manager never tries
 * to download a browser or a driver: the build machines reach no site but the package registries.
 */
final class SystemChromium implements AutoCloseable {

    /** With this value of {@code PARALLAX_E2E} (CI sets it) a missing browser fails the test instead of skipping it. */
    static final String REQUIRED = "required";

    private static final Path BROWSER = configured("PARALLAX_E2E_CHROMIUM", "/usr/bin/chromium");
    private static final Path DRIVER = configured("PARALLAX_E2E_CHROMEDRIVER", "/usr/bin/chromedriver");

    /**
     * Selenium warns on every start that it has no DevTools (CDP) support for this Chromium version.
     * The test uses only WebDriver, never CDP, so the warning is noise; kept in fields because
     * java.util.logging holds loggers weakly and would forget the level.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    /** Whether the reason for skipping was printed already: once is enough. */
    private static boolean toldWhy;

    final ChromeDriver driver;
    private final Path profile;

    private SystemChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static Path configured(String variable, String debianPath) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? debianPath : value);
    }

    /** Why the browser cannot run on this machine, in words for the developer; null when it can. */
    static String unavailable() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add("Chromium (" + BROWSER + ", set PARALLAX_E2E_CHROMIUM to use another)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("chromedriver (" + DRIVER + ", set PARALLAX_E2E_CHROMEDRIVER to use another)");
        }
        return missing.isEmpty() ? null
                : "The web page's end-to-end test needs a headless browser, and this machine lacks "
                        + String.join(" and ", missing) + ". On Debian: apt-get install chromium chromium-driver.";
    }

    /**
     * Skips the calling test, with the reason, when the browser or its driver is not installed; when
     * {@code PARALLAX_E2E=required}, fails it instead, so that CI cannot pass without having run it.
     */
    static void assumeAvailable() {
        String reason = unavailable();
        if (reason == null) {
            return;
        }
        if (REQUIRED.equals(System.getenv("PARALLAX_E2E"))) {
            fail(reason + " PARALLAX_E2E=required is set, so the test fails rather than being skipped.");
        }
        if (!toldWhy) {
            // Surefire's summary counts skipped tests without saying why: say it once where it is seen.
            System.err.println("Skipped: " + reason);
            toldWhy = true;
        }
        Assumptions.abort(reason);
    }

    /** Starts the browser with a window of the given size; call only when {@link #unavailable()} is null. */
    static SystemChromium start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("parallax-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Flags that let Chromium run as root in a container without a display, a GPU or network
        // access, and keep it from calling home (updates, sync, field trials) during the test.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-US",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new SystemChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory is harmless; the test result is what matters.
        }
    }
}
