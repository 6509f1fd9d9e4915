package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.platform.testing.LocalTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The demo portfolio behind {@code deploy/run --demo}: partners in every qualification state, a
 * selection, agreements, batches, deviations with CAPA, a year of KPIs and a risk register, all created
 * through the services' public APIs as the sponsor's functions would, so every event flows as in real
 * use (risk-service raises its automatic risks from them). It is seeded once per data directory: a
 * marker file records it, and a partner of the portfolio found without the marker means an earlier seed
 * was interrupted, which is reported rather than seeded twice.
 */
public final class DemoPortfolio {

    /** Base URLs of the four services. */
    public record Endpoints(URI partner, URI agreement, URI kpi, URI risk) {
    }

    static final String MARKER = "demo-portfolio.seeded";

    private final Endpoints endpoints;
    private final LocalTokens tokens;
    private final Path dataDir;
    private final PrintStream out;
    private final DemoClient client = new DemoClient();

    public DemoPortfolio(Endpoints endpoints, LocalTokens tokens, Path dataDir, PrintStream out) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.dataDir = dataDir;
        this.out = out;
    }

    /**
     * Seeds the portfolio unless this data directory already has it, and prints what it did.
     *
     * @throws DemoSeedFailure when a service refuses a step (the message names the call and the answer)
     */
    public void seedOnce() {
        Path marker = dataDir.resolve(MARKER);
        DemoTeam team = DemoTeam.mint(tokens);
        if (Files.exists(marker)) {
            out.println("Demo portfolio ready: already seeded in this data directory (" + marker + ")");
            return;
        }
        if (alreadyRegistered(team)) {
            throw new DemoSeedFailure("The data directory holds part of a demo portfolio but no " + MARKER
                    + " (an earlier seed was interrupted?); start with a fresh --data-dir to seed it again");
        }
        out.println("Seeding the demo portfolio through the services' APIs ...");
        Instant begin = Instant.now();
        PortfolioSync sync = new PortfolioSync(client, team.quality());
        PartnerSeed partnerSeed = new PartnerSeed(client, endpoints.partner(), team);
        Map<String, String> partners = partnerSeed.seed();
        Map<String, String> statuses = PartnerSeed.statuses(partners, false);
        sync.awaitPartners(endpoints.agreement(), statuses);
        out.printf("  %d partners (CROs and CDMOs in %d countries) through qualification%n", partners.size(),
                PartnerSeed.PARTNERS.stream().map(PartnerSeed.DemoPartner::country).distinct().count());

        int scores = new SelectionSeed(client, endpoints.partner(), team)
                .seed(partners.get("leiden-mrna"), partners.get("cambridge-vector"));
        out.printf("  1 selection decided on %d scores from five functions%n", scores);

        AgreementSeed agreements = new AgreementSeed(client, endpoints.agreement(), team);
        Map<String, AgreementSeed.SeededSow> sows = agreements.seed(partners);
        out.printf("  %d MSAs, %d quality agreements, %d SOWs with %d milestones (%d past due, 1 go/no-go pending)%n",
                sows.size(), AgreementSeed.CONTRACTS.stream().filter(AgreementSeed.Contract::qualityAgreement).count(),
                sows.size(), agreements.milestones(), agreements.missed());
        QualityEventsSeed quality = new QualityEventsSeed(client, endpoints.agreement(), team);
        quality.seed(sows);
        out.printf("  %d batches, %d deviations (%d with CAPA)%n", quality.batches(), quality.deviations(),
                quality.withCapa());

        int suspended = partnerSeed.suspend(partners);
        Map<String, String> finalStatuses = PartnerSeed.statuses(partners, true);
        out.printf("  %d partner suspended after its agreements ran%n", suspended);
        sync.awaitPartners(endpoints.kpi(), finalStatuses);
        int measurements = new KpiSeed(client, endpoints.kpi(), team).seed(partners);
        out.printf("  %d KPI measurements: %d months for %d partners%n", measurements, KpiSeed.MONTHS,
                KpiSeed.TRENDS.size());

        sync.awaitPartners(endpoints.risk(), finalStatuses);
        RiskSeed risks = new RiskSeed(client, endpoints.risk(), team);
        int manualRisks = risks.seed(partners, sows);
        out.printf("  %d risks raised by people with %d mitigations; risk-service raises its own from the events"
                + " (missed milestones once agreement-service's milestone job runs, 2 min after its start)%n",
                manualRisks, risks.mitigations());
        try {
            Files.writeString(marker, Instant.now() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("Demo portfolio ready: seeded in %.1f s%n",
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    private boolean alreadyRegistered(DemoTeam team) {
        String query = URLEncoder.encode(PartnerSeed.FIRST_LEGAL_NAME, StandardCharsets.UTF_8);
        return client.get(endpoints.partner().resolve("/partners?includeRetired=true&q=" + query), team.quality())
                .body().path("items").size() > 0;
    }
}
