package org.spinepath.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, one per test class. Playwright never downloads a browser
 * here; the machine's {@code chromium} is found on the PATH at run time (installed by
 * deploy/scripts/ensure-chromium.sh). Missing, it fails the tests with that instruction.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final Path profile;

    Browser(String hostRules) {
        Path chromium = chromium();
        try {
            profile = Files.createTempDirectory("spinepath-chromium");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                "XDG_CACHE_HOME", profile.resolve("cache").toString())));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--host-resolver-rules=" + hostRules)));
    }

    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("Chromium is not installed: the portal's browser tests need Debian's chromium "
                + "package. Run ./deploy/scripts/ensure-chromium.sh (./spinepath test does it for you).");
    }

    BrowserContext context(int width, int height) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** Signs in through Keycloak's own login page, wherever the portal sent the browser. */
    static void login(Page page, String username) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", "spinepath-dev");
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(Platform.PORTAL_URL));
    }

    /** axe-core with the WCAG 2.2 AA rule sets: no violation allowed. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        if (!results.getViolations().isEmpty()) {
            StringBuilder report = new StringBuilder("accessibility violations on " + page.url() + ":");
            results.getViolations().forEach(v -> report.append("\n- ").append(v.getId()).append(": ")
                    .append(v.getHelp()).append(" ").append(v.getNodes().stream().map(n -> n.getTarget().toString()).toList()));
            throw new AssertionError(report.toString());
        }
    }

    /**
     * Screenshots for docs/portal at desktop and phone width; at 320 px the page must not scroll
     * sideways (WCAG 1.4.10 reflow).
     */
    static void screenshots(Page page, String name) {
        String dir = System.getProperty("spinepath.screenshots");
        var size = page.viewportSize();
        if (dir != null) {
            // Whole pages, cut at 3000 px: the article and the editor's form run far longer.
            int height = Math.min(((Number) page.evaluate("document.documentElement.scrollHeight")).intValue(), 3000);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + "-desktop.png")).setFullPage(true)
                    .setClip(0, 0, size.width, height));
        }
        page.setViewportSize(320, 800);
        Object width = page.evaluate("document.documentElement.scrollWidth");
        if (dir != null) {
            // The first screen of the page: a full 320 px page of the case form is many metres long.
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + "-phone.png")));
        }
        page.setViewportSize(size.width, size.height);
        if (((Number) width).intValue() > 320) {
            throw new AssertionError(page.url() + " is " + width + " px wide at a 320 px viewport");
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
