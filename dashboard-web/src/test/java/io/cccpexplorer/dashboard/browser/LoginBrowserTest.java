package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.config.PasswordHash;
import io.cccpexplorer.dashboard.config.Role;
import io.cccpexplorer.dashboard.config.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** With users configured: the login page, wrong passwords, logging in and out, and the viewer role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTest {

    private static final String OPERATOR_PASSWORD = "correct horse battery";
    private static final String VIEWER_PASSWORD = "staple gun";

    private BrowserDashboard dashboard;
    private HeadlessChromium browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        dashboard = BrowserDashboard.start(new LabProject().config()
                .user(new UserAccount("olive", Role.OPERATOR, PasswordHash.hash(OPERATOR_PASSWORD.toCharArray())))
                .user(new UserAccount("victor", Role.VIEWER, PasswordHash.hash(VIEWER_PASSWORD.toCharArray())))
                .build());
        browser = dashboard.browser();
        base = dashboard.base();
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        dashboard.openOrigin();
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void dashboardAsksForLoginRejectsAWrongPasswordAndLetsTheOperatorIn() {
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME);
        browser.await("the login page", d -> d.getCurrentUrl().contains("/login"));
        logIn("olive", "wrong password");
        browser.await("an error message", d -> !browser.find("#login-error").getText().isEmpty());
        assertThat(browser.find("#login-error").getText()).isEqualTo("Wrong username or password.");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        browser.screenshot("login-error");

        logIn("olive", OPERATOR_PASSWORD);
        browser.await("back on the dashboard", d -> !d.getCurrentUrl().contains("/login"));
        browser.await("the user box", d -> browser.find("#user-box").isDisplayed());
        assertThat(browser.find("#user-name").getText()).isEqualTo("olive");
        assertThat(browser.find("#user-role").getText()).isEqualTo("operator");

        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME + "#tab=users");
        browser.await("agents after login",
                d -> !d.findElements(By.cssSelector("#users-table tbody tr[data-key]")).isEmpty());

        browser.find("#logout").click();
        browser.await("logged out to the login page", d -> d.getCurrentUrl().contains("/login"));
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME);
        browser.await("the session is gone", d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void viewerWatchesButCannotOpenTheConsole() {
        browser.driver().get(base + "/login");
        logIn("victor", VIEWER_PASSWORD);
        browser.await("logged in", d -> !d.getCurrentUrl().contains("/login"));
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME + "#tab=calls");
        WebElement call = browser.await("the call row",
                d -> d.findElements(By.cssSelector("#calls-table tbody tr[data-key]"))
                .stream().findFirst().orElse(null));
        String window = browser.driver().getWindowHandle();
        call.click();
        browser.await("a banner explains the role", d -> browser.find("#banners").getText().contains("operator role"));
        assertThat(browser.driver().getWindowHandles()).containsExactly(window);
    }

    private void logIn(String user, String password) {
        WebElement name = browser.await("the login form", d -> d.findElement(By.id("username")));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.find("#password");
        secret.clear();
        secret.sendKeys(password);
        browser.find("#login-submit").click();
    }
}
