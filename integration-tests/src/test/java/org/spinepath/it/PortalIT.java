package org.spinepath.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The hospital portal in real Chromium against the whole platform, logging in through Keycloak's
 * login page. Every page a test visits is checked with axe-core (WCAG 2.2 AA).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIT {

    private static final String PORTAL = Platform.PORTAL_URL;
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(60_000);

    private Platform platform;
    private Browser browser;

    @BeforeAll
    void start() {
        platform = Platform.get();
        browser = new Browser(platform.browserHostRules());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void emergencyCaseGoesLiveFromFormToOnCallAcknowledgement() {
        try (BrowserContext clinicianContext = browser.context(1280, 900);
                BrowserContext oncallContext = browser.context(1280, 900)) {
            // The on-call surgeon's inbox is open before the case exists.
            Page inbox = oncallContext.newPage();
            inbox.navigate(PORTAL + "/referrals");
            Browser.login(inbox, "oncall1");
            assertThat(inbox.locator("h1")).hasText("Referral inbox");
            inbox.waitForSelector("[data-live-connected=true]");
            inbox.evaluate("window.spinepathNoReload = true");
            Browser.assertAccessible(inbox);

            Page clinician = clinicianContext.newPage();
            clinician.navigate(PORTAL + "/cases/new");
            Browser.login(clinician, "clinician1");
            assertThat(clinician.locator("h1")).hasText("New case");
            Browser.assertAccessible(clinician);
            Browser.screenshots(clinician, "new-case");

            // Public vignette P04: saddle anaesthesia alone.
            clinician.fill("#f-patient-ageYears", "51");
            clinician.selectOption("#f-patient-sex", "FEMALE");
            clinician.fill("#f-presentation-painIntensity", "5");
            clinician.check("#f-neurology-saddleAnesthesia");
            clinician.click("button[value=submit]");
            clinician.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
            String caseId = clinician.url().substring(clinician.url().lastIndexOf('/') + 1);
            clinician.waitForSelector("[data-live-connected=true]");
            clinician.evaluate("window.spinepathNoReload = true");

            assertThat(clinician.locator("#result .portal-urgency__title")).containsText("Emergency", LIVE);
            assertThat(clinician.locator("#result [data-flag=CAUDA_EQUINA]")).isVisible();
            // Clinical contract version 2: the cauda equina stage and the red-flag screen.
            assertThat(clinician.locator("#result .portal-flag")).containsText("Stage: Incomplete");
            assertThat(clinician.locator("#result")).containsText("Red-flag screen");
            Browser.assertAccessible(clinician);
            

            // The referral appears in the open inbox by itself.
            Locator referral = inbox.locator("[data-case='" + caseId + "']");
            assertThat(referral).containsText("CAUDA_EQUINA", LIVE);
            assertThat(inbox.evaluate("window.spinepathNoReload")).isEqualTo(true);
            Browser.screenshots(inbox, "referral-inbox");

            referral.locator("a").click();
            assertThat(inbox.locator("h1")).containsText("Immediate");
            Browser.assertAccessible(inbox);
            inbox.click("button:has-text('Acknowledge')");
            assertThat(inbox.locator("#referral-status")).containsText("Acknowledged by oncall1");
            Browser.screenshots(inbox, "referral");

            // ... and the clinician's case page says so without a reload.
            assertThat(clinician.locator("#referral")).containsText("Acknowledged by oncall1", LIVE);
            assertThat(clinician.evaluate("window.spinepathNoReload")).isEqualTo(true);
            Browser.screenshots(clinician, "case-result");

            // A citation opens the cited section of the pinned article version.
            Locator citation = clinician.locator("#result .portal-citations a").first();
            String href = citation.getAttribute("href");
            assertThat(href).matches("/articles/[a-z0-9-]+/versions/\\d+#[a-z0-9-]+");
            citation.click();
            clinician.waitForURL(url -> url.contains(href));
            String anchor = href.substring(href.indexOf('#') + 1);
            assertThat(clinician.locator("section#" + anchor + " h2")).isVisible();
            Browser.assertAccessible(clinician);
            Browser.screenshots(clinician, "article");

            clinician.navigate(PORTAL + "/cases");
            assertThat(clinician.locator("a[href='/cases/" + caseId + "']")).isVisible();
            Browser.assertAccessible(clinician);
            Browser.screenshots(clinician, "my-cases");
        }
    }

    @Test
    void checkWithoutSubmittingShowsTheResultAndStoresNothing() throws Exception {
        int before = casesOf("clinician1");
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            page.navigate(PORTAL + "/cases/new");
            Browser.login(page, "clinician1");
            page.fill("#f-patient-ageYears", "51");
            page.fill("#f-presentation-painIntensity", "5");
            page.check("#f-neurology-saddleAnesthesia");
            page.click("button[value=check]");
            assertThat(page.locator(".portal-check .portal-urgency__title")).containsText("Emergency");
            assertThat(page.locator(".portal-check [data-flag=CAUDA_EQUINA]")).isVisible();
            assertThat(page.locator("#f-neurology-saddleAnesthesia")).isChecked();
            Browser.assertAccessible(page);
            Browser.screenshots(page, "check-without-submitting");
        }
        assertThat(casesOf("clinician1")).isEqualTo(before);
    }

    @Test
    void impossibleValueIsShownNextToItsFieldAndNothingIsStored() throws Exception {
        int before = casesOf("clinician1");
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            page.navigate(PORTAL + "/cases/new");
            Browser.login(page, "clinician1");
            page.fill("#f-patient-ageYears", "40");
            page.click("button[value=add-node]");
            page.click("button[value=add-node]");
            page.fill("#f-imaging-schmorlNodes-0-level", "L3");
            page.fill("#f-imaging-schmorlNodes-1-level", "L4");
            page.fill("#f-imaging-schmorlNodes-1-sizeMm", "-3");
            Response response = page.waitForNavigation(() -> page.click("button[value=submit]"));
            assertThat(response.status()).isEqualTo(400);
            assertThat(page.locator(".nhsuk-error-summary a[href='#f-imaging-schmorlNodes-1-sizeMm']")).isVisible();
            assertThat(page.locator("#f-imaging-schmorlNodes-1-sizeMm-error")).isVisible();
            assertThat(page.locator("#f-imaging-schmorlNodes-1-sizeMm")).hasValue("-3");
            Browser.assertAccessible(page);
            Browser.screenshots(page, "new-case-error");
        }
        assertThat(casesOf("clinician1")).isEqualTo(before);
    }

    @Test
    void clinicianGetsTheForbiddenPageOnEditorAndAdminPagesAndLogoutEndsTheSession() {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            page.navigate(PORTAL + "/");
            Browser.login(page, "clinician1");
            assertThat(page.locator("nav")).not().containsText("Administration");
            for (String path : new String[] { "/editorial", "/admin" }) {
                Response response = page.navigate(PORTAL + path);
                assertThat(response.status()).isEqualTo(403);
                assertThat(page.locator("h1")).hasText("You cannot use this page");
                Browser.assertAccessible(page);
            }
            page.navigate(PORTAL + "/cases");
            assertThat(page.locator("h1")).hasText("My cases");
            Browser.assertAccessible(page);
            page.click("button:has-text('Sign out')");
            page.waitForURL(url -> url.contains("/signed-out"));
            assertThat(page.locator("h1")).hasText("You have signed out");
            page.goBack();
            assertThat(page.locator("body")).not().containsText("My cases");
            page.navigate(PORTAL + "/cases");
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void editorDraftsReviewerApprovesAndTheNewVersionIsInHistoryAndDiff() {
        String slug = "spinal-pain-treatment";
        String added = "This sentence was added by the portal's browser test.";
        try (BrowserContext editorContext = browser.context(1280, 900);
                BrowserContext reviewerContext = browser.context(1280, 900)) {
            Page editor = editorContext.newPage();
            editor.navigate(PORTAL + "/articles/" + slug);
            Browser.login(editor, "editor1");
            Browser.assertAccessible(editor);
            editor.fill("#change-note", "Clearer wording");
            editor.click("button:has-text('Start a new version')");
            editor.waitForURL(Pattern.compile(".*/editorial/" + slug + "/versions/\\d+$"));
            String version = editor.url().substring(editor.url().lastIndexOf('/') + 1);
            editor.click("a:has-text('Edit')");
            Browser.assertAccessible(editor);
            String body = editor.inputValue("#clinician-0-body");
            editor.fill("#clinician-0-body", body + "\n\n" + added);
            editor.click("button[value=preview]");
            assertThat(editor.locator(".portal-preview")).containsText(added);
            Browser.screenshots(editor, "editor-preview");
            editor.click("button[value=save]");
            editor.waitForURL(url -> url.endsWith("/editorial/" + slug + "/versions/" + version));
            editor.click("button:has-text('Submit for review')");
            assertThat(editor.locator(".nhsuk-caption-l")).containsText("Submitted");
            assertThat(editor.locator("button:has-text('Approve')")).hasCount(0);
            assertThat(editor.locator("button:has-text('Start review')")).hasCount(0);
            Browser.assertAccessible(editor);

            Page reviewer = reviewerContext.newPage();
            reviewer.navigate(PORTAL + "/editorial");
            Browser.login(reviewer, "reviewer1");
            Browser.assertAccessible(reviewer);
            Browser.screenshots(reviewer, "review-queue");
            reviewer.click("a[href='/editorial/" + slug + "/versions/" + version + "']");
            reviewer.click("button:has-text('Start review')");
            Browser.assertAccessible(reviewer);
            reviewer.click("button:has-text('Approve')");
            assertThat(reviewer.locator(".nhsuk-caption-l")).containsText("Approved");

            editor.navigate(PORTAL + "/articles/" + slug + "/history");
            assertThat(editor.locator("tr[data-version='" + version + "']")).containsText("Approved");
            Browser.assertAccessible(editor);
            Browser.screenshots(editor, "article-history");
            editor.click("tr[data-version='" + version + "'] a:has-text('Compare')");
            assertThat(editor.locator(".portal-diff ins", new Page.LocatorOptions().setHasText("added")).first()).isVisible();
            // Only the edited section changed: the round trip through the form keeps the others as they were.
            assertThat(editor.locator(".portal-diff section", new Page.LocatorOptions().setHasText("Modified"))).hasCount(1);
            Browser.assertAccessible(editor);
            Browser.screenshots(editor, "article-diff");
        }
    }

    @Test
    void searchFindsBothSpellingsAndAnInaccuracyReportReachesTheFeedbackQueue() {
        String comment = "Browser test report " + System.nanoTime();
        try (BrowserContext clinicianContext = browser.context(1280, 900);
                BrowserContext editorContext = browser.context(1280, 900)) {
            Page page = clinicianContext.newPage();
            page.navigate(PORTAL + "/articles");
            Browser.login(page, "clinician1");
            Browser.assertAccessible(page);
            for (String word : new String[] { "anaesthesia", "anesthesia" }) {
                page.fill("#search-q", word);
                page.click("button:has-text('Search')");
                assertThat(page.locator(".portal-hit mark").first()).isVisible();
                Browser.assertAccessible(page);
            }
            Browser.screenshots(page, "search");
            page.locator(".portal-hit a").first().click();
            Locator section = page.locator(".portal-article section").first();
            section.locator("summary").click();
            section.locator("textarea[name=quotedText]").fill(section.locator("h2").textContent().strip());
            section.locator("textarea[name=comment]").fill(comment);
            section.locator("button:has-text('Send report')").click();
            assertThat(page.locator("h1")).containsText("your report was sent");
            Browser.assertAccessible(page);

            Page editor = editorContext.newPage();
            editor.navigate(PORTAL + "/editorial/feedback");
            Browser.login(editor, "editor1");
            assertThat(editor.locator("body")).containsText(comment);
            Browser.assertAccessible(editor);
            Browser.screenshots(editor, "feedback-queue");
        }
    }

    @Test
    void administratorSeesEveryServiceReady() {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            page.navigate(PORTAL + "/admin");
            Browser.login(page, "admin1");
            assertThat(page.locator("h1")).hasText("Administration");
            assertThat(page.locator(".nhsuk-summary-list").first()).containsText("Intake service");
            assertThat(page.locator(".nhsuk-summary-list").first().locator("dd"))
                    .hasText(new String[] { "Ready", "Ready", "Ready", "Ready" });
            Browser.assertAccessible(page);
            Browser.screenshots(page, "admin");
        }
    }

    @Test
    void theCaseFormWorksWithTheKeyboardAlone() {
        try (BrowserContext context = browser.context(1280, 900)) {
            Page page = context.newPage();
            page.navigate(PORTAL + "/cases/new");
            Browser.login(page, "clinician1");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Skip to main content");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*#maincontent$"));
            tabUntil(page, "#f-patient-ageYears");
            page.keyboard().type("51");
            tabUntil(page, "#f-neurology-saddleAnesthesia-unknown");
            // A radio group is one tab stop; the arrow keys choose within it (Unknown, wrapping to Yes).
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#f-neurology-saddleAnesthesia")).isChecked();
            tabUntil(page, "button[value=submit]");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/cases/[0-9a-f-]{36}$"));
            assertThat(page.locator("h1")).hasText("Triage result");
        }
    }

    /** Presses Tab until the element matching {@code selector} has the focus (every element is reachable). */
    private static void tabUntil(Page page, String selector) {
        for (int i = 0; i < 400; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(selector + " cannot be reached with the Tab key");
    }

    private int casesOf(String user) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.intakeUrl() + "/api/cases?size=100"))
                .header("Authorization", "Bearer " + platform.token(user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return platform.json(response.body()).size();
    }
}
