package dev.parallax.api.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} in a real headless Chromium, used as a fact-checker would: paste or load two
 * reports of the footbridge collapse (the test articles under {@code articles/}), compare them, read
 * and filter the findings, and follow one to its evidence. The English report says about 60 people
 * were on the bridge and the inspection was in March; the Norwegian one says about 40 and February.
 * Screenshots go to {@code target/e2e/}.
 */
@QuarkusTest
class WebPageTest {

    /** A laptop screen, the size the page is laid out for. */
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Path SCREENSHOTS = Path.of("target", "e2e");

    private static SystemChromium chromium;
    private static WebDriver driver;

    @TestHTTPResource("/")
    URL page;

    @ConfigProperty(name = "parallax.limits.max-chars-per-source")
    int maxCharsPerSource;

    @BeforeAll
    static void startBrowser() {
        // Without a browser each test is skipped (or failed, in CI) by its own check below, so that
        // the report counts them rather than hiding the whole class.
        if (SystemChromium.unavailable() == null) {
            chromium = SystemChromium.start(WIDTH, HEIGHT);
            driver = chromium.driver;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openThePage() {
        SystemChromium.assumeAvailable();
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        driver.get(page.toString());
        assertThat(driver.findElements(By.cssSelector("fieldset.source"))).hasSize(2);
    }

    @Test
    void comparingTwoReportsShowsEachConflictInTheListAndHighlightedInBothSources() throws IOException {
        typeSource(0, article("bridge-en.txt"), "en", "Marsby Tidende", "2024-05-05");
        typeSource(1, article("bridge-nb.txt"), "nb", "Fjordposten", "2024-05-05");

        compare();

        List<WebElement> findings = visibleFindings();
        assertThat(text(By.id("status"))).isEqualTo("Done: " + findings.size() + " findings.");

        WebElement people = finding("Number conflict", "60", "40");
        assertThat(evidence(people, "A")).contains("60");
        assertThat(evidence(people, "B")).contains("40");
        WebElement inspection = finding("Date conflict", "March", "februar");
        assertThat(evidence(inspection, "A")).contains("March");
        assertThat(evidence(inspection, "B")).contains("februar");

        List<Double> severities = findings.stream()
                .map(item -> Double.valueOf(item.findElement(By.className("severity")).getText().split(" ")[1]))
                .toList();
        assertThat(severities).as("findings, most severe first").isSortedAccordingTo((a, b) -> Double.compare(b, a));

        assertThat(sourcePane("A").findElement(By.tagName("h3")).getText()).contains("Marsby Tidende", "en", "2024-05-05");
        assertThat(sourcePane("B").findElement(By.tagName("h3")).getText()).contains("Fjordposten", "nb", "2024-05-05");
        assertThat(sourcePane("B").getText()).contains("Politiet har startet etterforskning.");

        screenshot("comparison.png");
        inspection.findElement(By.className("finding")).click();
        screenshot("finding-selected.png");
        assertThat(pageResourcesFromElsewhere()).as("resources not served by the application").isEmpty();
    }

    @Test
    void theTypeFilterHidesAndShowsTheFindingsOfOneType() {
        compareTheBridgeReports();
        assertThat(driver.switchTo().activeElement().getAttribute("id"))
                .as("the focus moves to the findings once they are there").isEqualTo("findings-heading");
        int total = visibleFindings().size();
        int numbers = findingsOfType("NUMBER_CONFLICT").size();
        assertThat(numbers).isPositive();
        WebElement numberBox = typeCheckbox("Number conflict");
        assertThat(numberBox.findElement(By.xpath("..")).getText()).isEqualTo("Number conflict (" + numbers + ")");

        numberBox.click();

        assertThat(visibleFindings()).hasSize(total - numbers)
                .noneMatch(item -> "NUMBER_CONFLICT".equals(item.getAttribute("data-type")));
        assertThat(finding("Date conflict", "March", "februar").isDisplayed()).isTrue();
        assertThat(highlightsContaining("A", "60")).as("a hidden finding's evidence is no longer highlighted")
                .allMatch(mark -> hasClass(mark, "filtered"));
        assertThat(text(By.id("status"))).isEqualTo("Showing " + (total - numbers) + " of " + total + " findings.");

        // The filter works from the keyboard too: Space toggles the focused checkbox.
        numberBox.sendKeys(Keys.SPACE);

        assertThat(visibleFindings()).hasSize(total);
        assertThat(highlightsContaining("A", "60")).noneMatch(mark -> hasClass(mark, "filtered"));
    }

    @Test
    void choosingAFindingScrollsEverySourceToItsEvidence() {
        // A short window, so that the sources do not fit and have to scroll to the evidence.
        driver.manage().window().setSize(new Dimension(WIDTH, 480));
        compareTheBridgeReports();
        WebElement inspection = finding("Date conflict", "March", "februar");
        WebElement inspectedInA = marksOf(inspection, "A").get(0);
        assertThat(isInView(inspectedInA)).as("precondition: the evidence starts out of view").isFalse();

        WebElement button = inspection.findElement(By.className("finding"));
        button.sendKeys(Keys.ENTER);

        for (String source : List.of("A", "B")) {
            assertThat(marksOf(inspection, source)).allMatch(mark -> hasClass(mark, "current"));
            assertThat(marksOf(inspection, source)).allMatch(this::isInView);
        }
        assertThat(button.getAttribute("aria-current")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement()).isEqualTo(button);
        assertThat(button.getCssValue("outline-style")).as("the focused finding is visibly focused").isNotEqualTo("none");
        assertThat(text(By.id("status"))).contains("sources A and B");

        // Another finding, higher up in the articles: the sources scroll back to it.
        WebElement people = finding("Number conflict", "60", "40");
        people.findElement(By.className("finding")).click();

        for (String source : List.of("A", "B")) {
            assertThat(marksOf(people, source)).allMatch(mark -> hasClass(mark, "current") && isInView(mark));
            assertThat(marksOf(inspection, source)).noneMatch(mark -> hasClass(mark, "current"));
        }

        // The way back: a click on a highlight in a source selects its finding in the list.
        marksOf(inspection, "B").get(0).click();

        assertThat(hasClass(inspection, "current")).isTrue();
        assertThat(hasClass(people, "current")).isFalse();
    }

    @Test
    void aSavedWebPageCanBeLoadedAsASource() throws IOException, URISyntaxException {
        pasteSource(0, article("bridge-en.txt"), "en", "", "");
        Path html = Path.of(resource("bridge-nb.html"));

        source(1).findElement(By.cssSelector("input[type=file]")).sendKeys(html.toString());

        WebElement textarea = source(1).findElement(By.tagName("textarea"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !textarea.getDomProperty("value").isEmpty());
        assertThat(textarea.getDomProperty("value")).isEqualTo(Files.readString(html));
        assertThat(new Select(source(1).findElement(By.name("format"))).getFirstSelectedOption().getText())
                .isEqualTo("HTML page");
        assertThat(source(1).getText()).contains("bridge-nb.html");

        compare();

        String shownB = sourcePane("B").findElement(By.className("source-body")).getText();
        assertThat(shownB).contains("Elleve personer").doesNotContain("<p>", "Forsiden", "rettigheter");
        WebElement people = finding("Number conflict", "60", "40");
        assertThat(evidence(people, "B")).contains("40");
    }

    @Test
    void severalFilesLoadedAtOnceBecomeOneSourceEachAndAreComparedSideBySide() throws URISyntaxException {
        List<String> files = List.of(resource("bridge-en.txt"), resource("bridge-nb.txt"), resource("bridge-nb.html"));

        // A file input that takes several files gets their paths one a line.
        driver.findElement(By.id("load-files")).sendKeys(String.join("\n", files));

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("fieldset.source")).size() == 3);
        assertThat(source(2).findElement(By.tagName("legend")).getText()).isEqualTo("Source C");
        assertThat(source(2).getText()).contains("bridge-nb.html");
        assertThat(source(0).findElement(By.tagName("textarea")).getDomProperty("value")).contains("about 60 people");

        compare();

        assertThat(driver.findElements(By.cssSelector(".source-text")).stream().map(pane -> pane.getAttribute("data-source")))
                .containsExactly("A", "B", "C");
        WebElement people = finding("Number conflict", "60", "40");
        assertThat(evidence(people, "A")).contains("60");
    }

    @Test
    void aMissingArticleIsExplainedInPlainWordsNextToTheForm() throws IOException {
        pasteSource(0, article("bridge-en.txt"), "en", "", "");

        compare();

        WebElement problem = driver.findElement(By.id("problem"));
        assertThat(problem.isDisplayed()).isTrue();
        assertThat(problem.getAttribute("role")).isEqualTo("alert");
        assertThat(problem.getText()).contains("Source B", "empty")
                .doesNotContain("sources[1]", "urn:", "Exception", "{");
        assertThat(source(1).findElement(By.tagName("textarea")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();
        screenshot("error.png");

        // Once the article is there, the error goes away with the next comparison.
        pasteSource(1, article("bridge-nb.txt"), "nb", "", "");
        compare();
        assertThat(problem.isDisplayed()).isFalse();
        assertThat(source(1).findElement(By.tagName("textarea")).getAttribute("aria-invalid")).isNull();
    }

    @Test
    void anArticleOverTheSizeLimitIsExplainedInPlainWords() throws IOException {
        pasteSource(0, article("bridge-en.txt"), "en", "", "");
        pasteSource(1, "x".repeat(maxCharsPerSource + 1), "", "", "");

        compare();

        WebElement problem = driver.findElement(By.id("problem"));
        assertThat(problem.isDisplayed()).isTrue();
        assertThat(problem.getText()).contains("too large", "Source B", String.valueOf(maxCharsPerSource))
                .doesNotContain("sources[1]", "urn:", "Exception");
    }

    // --- the page, as a user sees it -----------------------------------------------------------

    private WebElement source(int index) {
        return driver.findElements(By.cssSelector("fieldset.source")).get(index);
    }

    /** Types an article and its metadata into a source, key by key. */
    private void typeSource(int index, String article, String language, String outlet, String published) {
        WebElement textarea = source(index).findElement(By.tagName("textarea"));
        textarea.clear();
        textarea.sendKeys(article);
        fillMetadata(index, language, outlet, published);
    }

    /** Pastes an article into a source, as a user who copied it from elsewhere does (and faster than typing it). */
    private void pasteSource(int index, String article, String language, String outlet, String published) {
        ((JavascriptExecutor) driver).executeScript(
                "const area = arguments[0]; area.value = arguments[1];"
                        + " area.dispatchEvent(new Event('input', {bubbles: true}));",
                source(index).findElement(By.tagName("textarea")), article);
        fillMetadata(index, language, outlet, published);
    }

    private void fillMetadata(int index, String language, String outlet, String published) {
        WebElement source = source(index);
        if (!language.isEmpty()) {
            source.findElement(By.name("language")).sendKeys(language);
        }
        if (!outlet.isEmpty()) {
            source.findElement(By.name("outlet")).sendKeys(outlet);
        }
        if (!published.isEmpty()) {
            WebElement date = source.findElement(By.name("published"));
            // A date field takes the digits in the order of the browser's locale (en-US: month, day, year).
            String[] ymd = published.split("-");
            date.sendKeys(ymd[1] + ymd[2] + ymd[0]);
            assertThat(date.getDomProperty("value")).isEqualTo(published);
        }
    }

    private void compareTheBridgeReports() {
        try {
            pasteSource(0, article("bridge-en.txt"), "en", "Marsby Tidende", "2024-05-05");
            pasteSource(1, article("bridge-nb.txt"), "nb", "Fjordposten", "2024-05-05");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compare();
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isTrue();
    }

    /** Presses Compare and waits for the answer: the results or an error. */
    private void compare() {
        driver.findElement(By.id("compare")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElement(By.id("compare")).getDomProperty("disabled").equals("true")
                        && (d.findElement(By.id("results")).isDisplayed() || d.findElement(By.id("problem")).isDisplayed()));
    }

    private List<WebElement> visibleFindings() {
        return driver.findElements(By.cssSelector("#findings > li")).stream().filter(WebElement::isDisplayed).toList();
    }

    private List<WebElement> findingsOfType(String type) {
        return driver.findElements(By.cssSelector("#findings > li[data-type='" + type + "']"));
    }

    /** The one finding of a type whose text names both values. */
    private WebElement finding(String typeName, String value, String otherValue) {
        Predicate<WebElement> matches = item -> item.findElement(By.className("type")).getText().equals(typeName)
                && item.getText().contains(value) && item.getText().contains(otherValue);
        List<WebElement> found = driver.findElements(By.cssSelector("#findings > li")).stream().filter(matches).toList();
        assertThat(found).as("findings of type %s naming %s and %s", typeName, value, otherValue).hasSize(1);
        return found.get(0);
    }

    private WebElement sourcePane(String id) {
        return driver.findElement(By.cssSelector(".source-text[data-source='" + id + "']"));
    }

    /** The highlights in a source that mark the evidence of a finding. */
    private List<WebElement> marksOf(WebElement finding, String source) {
        String f = finding.getAttribute("data-finding");
        return sourcePane(source).findElements(By.tagName("mark")).stream()
                .filter(mark -> List.of(mark.getAttribute("data-findings").split(" ")).contains(f))
                .toList();
    }

    /** The words a finding highlights in one source; fails when it highlights none there. */
    private String evidence(WebElement finding, String source) {
        List<WebElement> marks = marksOf(finding, source);
        assertThat(marks).as("highlights of the finding in source %s", source).isNotEmpty();
        assertThat(marks).allMatch(mark -> !hasClass(mark, "filtered") && !"rgba(0, 0, 0, 0)".equals(mark.getCssValue("background-color")));
        return String.join("", marks.stream().map(WebElement::getText).toList());
    }

    private List<WebElement> highlightsContaining(String source, String words) {
        List<WebElement> marks = sourcePane(source).findElements(By.tagName("mark")).stream()
                .filter(mark -> mark.getText().contains(words)).toList();
        assertThat(marks).as("highlights containing %s in source %s", words, source).isNotEmpty();
        return marks;
    }

    private WebElement typeCheckbox(String typeName) {
        return driver.findElements(By.cssSelector("#type-filter label")).stream()
                .filter(label -> label.getText().startsWith(typeName + " ("))
                .map(label -> label.findElement(By.cssSelector("input[type=checkbox]")))
                .findFirst().orElseThrow(() -> new AssertionError("no filter for " + typeName));
    }

    /** Whether an element is inside both the window and the scrolling box of its source. */
    private boolean isInView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const e = arguments[0].getBoundingClientRect();
                const box = arguments[0].closest('.source-body').getBoundingClientRect();
                return e.top >= Math.max(box.top, 0) && e.bottom <= Math.min(box.bottom, window.innerHeight);
                """, element);
    }

    @SuppressWarnings("unchecked")
    private List<String> pageResourcesFromElsewhere() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('resource').map(r => r.name)
                    .filter(name => !name.startsWith(location.origin + '/'));
                """);
    }

    private static boolean hasClass(WebElement element, String name) {
        return List.of(element.getAttribute("class").split(" ")).contains(name);
    }

    private String text(By by) {
        return driver.findElement(by).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    /** The path of a test article as a file, for a file input. */
    private static String resource(String name) throws URISyntaxException {
        return Path.of(WebPageTest.class.getResource("/articles/" + name).toURI()).toString();
    }

    private static String article(String name) throws IOException {
        try (InputStream in = WebPageTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
