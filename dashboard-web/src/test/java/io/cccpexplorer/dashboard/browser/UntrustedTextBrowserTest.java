package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Text from the contact center is data, never markup: caller ids come from SIP headers, so anyone can put
 * {@code <img src=x onerror=...>} in one (the original dashboard's stored XSS). Also the session console end to end
 * on a project whose events the test writes: colours, search highlight, copy, keys and live rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedTextBrowserTest {

    private LabProject lab;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        lab = new LabProject();
        dashboard = BrowserDashboard.start(lab.config().build());
        browser = dashboard.browser();
        base = dashboard.base();
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @AfterEach
    void noScriptEverRan() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findAll("img, svg, b, script:not([src])")).isEmpty();
    }

    @Test
    void hostileCallerAgentAndQueueNamesShowAsLiteralText() {
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME + "#tab=calls");
        WebElement caller = browser.await("the call row",
                d -> d.findElements(By.cssSelector("#calls-table td[data-col='caller']"))
                .stream().findFirst().orElse(null));
        assertThat(caller.getText()).isEqualTo(LabProject.HOSTILE_CALLER);
        browser.screenshot("untrusted-caller");

        browser.find("#tab-users").click();
        WebElement name = browser.await("the agent row", d -> d.findElements(
                By.cssSelector("#users-table tr[data-key='" + LabProject.HOSTILE_AGENT_ID + "'] td[data-col='name']"))
                .stream().findFirst().orElse(null));
        assertThat(name.getText()).isEqualTo(LabProject.HOSTILE_AGENT);

        browser.find("#tab-queues").click();
        WebElement queue = browser.await("the queue row",
                d -> d.findElements(By.cssSelector("#queues-table td[data-col='name']"))
                .stream().findFirst().orElse(null));
        assertThat(queue.getText()).isEqualTo(LabProject.HOSTILE_QUEUE);
    }

    @Test
    void consoleShowsColouredEventsHighlightsSearchCopiesCellsAndAppendsLiveRows() {
        openConsole("/console_light", LabProject.SESSION);
        List<WebElement> rows = browser.await("three events", d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#c-rows tr[data-id]"));
            return r.size() >= 3 ? r : null;
        });
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("light");
        assertThat(browser.find("#c-project").getText()).isEqualTo(LabProject.NAME);
        assertThat(browser.find("#c-session").getText()).isEqualTo(LabProject.SESSION);
        assertThat(browser.find("#c-object").getText()).isEqualTo("77");
        assertThat(browser.find("#c-lines").getText()).isEqualTo(String.valueOf(rows.size()));

        WebElement hostile = browser.find("#c-rows tr[data-id] td.c-data .tok-x");
        assertThat(hostile.getText()).startsWith("X-Trace");
        assertThat(browser.find("#c-rows").getText()).contains(LabProject.HOSTILE_DATA);
        assertThat(browser.findAll("#c-rows .tok-number")).extracting(WebElement::getText)
                .contains("The number called is sip:0800000047@10.0.0.1", "Caller's number 0600000099");
        browser.screenshot("console-light");

        WebElement search = browser.find("#c-search");
        search.sendKeys("alerting");
        browser.await("only the matching row stays", d -> browser.findAll("#c-rows tr[data-id]").stream()
                .filter(WebElement::isDisplayed).count() == 1);
        assertThat(browser.findAll("#c-rows mark")).extracting(WebElement::getText).containsExactly("alerting");
        search.sendKeys(Keys.ESCAPE);
        browser.await("Esc clears the search", d -> browser.findAll("#c-rows tr[data-id]").stream()
                .filter(WebElement::isDisplayed).count() >= 3);
        assertThat(browser.findAll("#c-rows mark")).isEmpty();

        WebElement cell = browser.find("#c-rows tr[data-id] td.c-name");
        new Actions(browser.driver()).contextClick(cell).perform();
        browser.await("the cell flashes as copied", d -> "true".equals(cell.getAttribute("data-copied")));
        assertThat(browser.find(".toast").getText()).isEqualTo("Copied");

        int before = browser.findAll("#c-rows tr[data-id]").size();
        browser.await("the live stream is open",
                d -> "live".equals(browser.find("#c-status").getAttribute("data-state")));
        lab.addEvent("ended", "connection.disconnected", "Bye received");
        browser.await("the new event appears live", d -> browser.findAll("#c-rows tr[data-id]").size() == before + 1);
        assertThat(browser.find("#c-rows tr[data-id]:last-child td.c-name").getText())
                .isEqualTo("connection.disconnected");
        assertThat(browser.find("#c-lines").getText()).isEqualTo(String.valueOf(before + 1));
    }

    @Test
    void unknownHostileSessionIsReportedAsText() {
        openConsole("/session_console", LabProject.HOSTILE_CALLER);
        browser.await("not found status", d -> "error".equals(browser.find("#c-status").getAttribute("data-state")));
        assertThat(browser.find("#c-session").getText()).isEqualTo(LabProject.HOSTILE_CALLER);
        assertThat(browser.find("#banners").getText()).contains(LabProject.HOSTILE_CALLER);
        assertThat(browser.find("#c-status").getText()).isEqualTo("Not found");
    }

    private void openConsole(String page, String session) {
        browser.driver().get(base + page + "?session=" + URLEncoder.encode(session, StandardCharsets.UTF_8)
                + "&project=" + LabProject.NAME);
    }
}
