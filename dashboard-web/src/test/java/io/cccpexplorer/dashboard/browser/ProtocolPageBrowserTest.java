package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /protocol} draws what protocol-spec knows from {@code /api/protocol} and the readable spec: framing,
 * encodings, object blobs, namespaces, filters, every interface's messages, the dispatch's behaviours, classes with
 * their fields and wire ids, and the prose (session flow). The dashboard's header links to it.
 */
class ProtocolPageBrowserTest extends LabBrowserTest {

    @Test
    void showsTheWholeSpecFromTheDashboardsHeader() {
        browser.js("localStorage.setItem('cccp-lang', 'en')");
        browser.driver().get(dashboard.base() + "/");
        browser.recordScriptErrors();
        browser.find("#protocol-link").click();
        browser.await("page drawn",
                d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/protocol");
        assertThat(browser.driver().getTitle()).isEqualTo("The CCCP protocol");

        for (String section : new String[] {"wire-framing", "wire-primitives", "wire-objectBlob",
                "wire-namespaceNumbering", "wire-sessionTypes", "wire-filterLanguage", "itf-explorer", "behaviours",
                "classes", "prose"}) {
            assertThat(browser.findAll("#" + section)).as(section).hasSize(1);
        }
        assertThat(browser.find("#wire-framing").getText()).contains("total_length");
        assertThat(browser.find("#wire-objectBlob").getText()).contains("uint_32");
        assertThat(browser.find("#msg-explorer-query_list").getText()).contains("10011", "filter: str");
        assertThat(browser.find("#behaviours").getText()).contains("login_ok");
        assertThat(browser.find("#prose").getText()).contains("Explorer session flow");

        browser.screenshot("protocol-page-top");
        WebElement search = browser.find("#class-search");
        search.sendKeys("ccenter_dispatch_db_session");
        WebElement session = browser.await("one class left",
                d -> d.findElements(By.id("class-ccenter_dispatch_db_session"))
                .stream().findFirst().orElse(null));
        session.findElement(By.tagName("summary")).click();
        String fields = browser.await("fields drawn",
                d -> session.getText().contains("session_type") ? session.getText() : null);
        assertThat(fields).contains("0x40000012", "uint_32");
        browser.screenshot("protocol-page");
        assertThat(browser.scriptErrors()).isEqualTo("[]");
    }
}
