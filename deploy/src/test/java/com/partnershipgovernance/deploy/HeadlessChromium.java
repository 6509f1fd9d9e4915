package com.partnershipgovernance.deploy;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's {@code chromium} driven by its {@code chromedriver}, both named explicitly (system properties
 * {@code chromium.binary} and {@code webdriver.chrome.driver}, default {@code /usr/bin}) so that Selenium
 * Manager never tries to download a browser or driver; headless, in a fresh profile, with nothing that
 * phones home (the build machine has no internet).
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() throws IOException {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driver);
        Path profile = Files.createTempDirectory("dashboard-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1500,1100",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
