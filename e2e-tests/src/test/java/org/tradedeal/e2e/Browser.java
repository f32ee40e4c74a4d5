package org.tradedeal.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through its chromium-driver, on a profile of its own, with everything
 * that would call out to the network turned off (the machines have none, and Chromium waits on it).
 * Takes each page's screenshots at a desktop and a phone width.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;
    final ChromeDriver driver;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        Path chromium = Path.of(System.getProperty("desk.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The desk's browser tests need Chromium and its driver at " + chromium
                    + " and " + chromedriver + ": apt-get install chromium chromium-driver (.ci/run does), or name "
                    + "them with -Ddesk.chromium=... -Ddesk.chromedriver=...");
        }
        screenshots = Path.of(System.getProperty("desk.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(screenshots);
            profile = Files.createTempDirectory("desk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=en-US", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogFile(screenshots.resolveSibling("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Logs in as a person does: the desk sends the browser to Keycloak's login page, which sends it back once
     * the user name and password are typed. The session lasts for the rest of the browser's life.
     */
    void logIn(String user, String password) {
        open("/");
        waitFor(d -> d.getCurrentUrl().startsWith(baseUrl) ? null : d.findElement(By.id("kc-login")));
        type("#username", user);
        type("#password", password);
        click("#kc-login");
        waitFor(d -> d.getCurrentUrl().startsWith(baseUrl));
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    /** The element once it is on the page and its text holds {@code text}. */
    WebElement findWithText(String css, String text) {
        return waitFor(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.getText().contains(text) ? element : null;
        });
    }

    void click(String css) {
        waitFor(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() && element.isEnabled() ? element : null;
        }).click();
    }

    /** Replaces what a field holds with {@code text}, as a person would: select it all, type over it. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** htmx has no request in flight: what a swap brings is on the page. */
    void settle() {
        waitFor(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete' && "
                + "document.querySelectorAll('.htmx-request').length === 0")));
    }

    /**
     * The whole page at the desktop and at the phone width, into {@code <name>-desktop.png} and
     * {@code <name>-phone.png}; at the phone width nothing may stick out sideways (the page scrolls only down).
     *
     * @return the horizontal overflow at the phone width, in CSS pixels (0 when the page fits)
     */
    long screenshots(String name) {
        shoot(name + "-desktop", DESKTOP);
        shoot(name + "-phone", PHONE);
        long overflow = ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        driver.manage().window().setSize(DESKTOP);
        settle();
        return overflow;
    }

    /** The window as it is now, into {@code <name>.png}. */
    void picture(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void shoot(String file, Dimension size) {
        driver.manage().window().setSize(size);
        settle();
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, "
                + "document.body.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(Math.max(height, size.height), 8000)));
        script("window.scrollTo(0, 0)");
        settle();
        picture(file);
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile.toFile());
        }
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }
}
