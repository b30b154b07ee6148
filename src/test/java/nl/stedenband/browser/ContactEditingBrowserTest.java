package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium: an officer finds a contact through the search, edits it and saves. */
@StedenbandTest
class ContactEditingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Test
    void anOfficerSearchesOpensEditsAndSavesAContact() {
        Contact contact = fixtures.contact(
                fixtures.organization(OrganizationType.COMPANY, "Enschede"), CrmFixtures.unique("Browserfind"), null);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/contacts");

            WebElement search = browser.waitFor(By.cssSelector(".filter-bar vaadin-text-field input"));
            search.sendKeys(contact.getLastName());
            WebElement row = browser.waitFor(
                    By.xpath("//vaadin-grid-cell-content[contains(., '" + contact.getLastName() + "')]"));
            browser.wait.until(d -> d.getCurrentUrl().contains("q="));
            row.click();

            browser.wait.until(d -> d.getCurrentUrl().contains("/contacts/" + contact.getId()));
            WebElement jobTitle =
                    browser.waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Job title']]//input"));
            jobTitle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Head of innovation", Keys.TAB);
            browser.wait.until(d ->
                    Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.stedenbandUnsaved")));
            browser.driver
                    .findElement(By.xpath("//vaadin-button[normalize-space(.)='Save']"))
                    .click();

            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'saved')]"));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.stedenbandUnsaved"))
                    .as("closing the tab after saving does not ask")
                    .isEqualTo(false);
            browser.screenshot("contact-saved");
        }
        assertThat(SystemAuthentication.call(() -> contacts.get(contact.getId()))
                        .getJobTitle())
                .isEqualTo("Head of innovation");
    }
}
