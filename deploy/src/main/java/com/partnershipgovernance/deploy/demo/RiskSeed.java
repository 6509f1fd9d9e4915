package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.deploy.demo.AgreementSeed.SeededSow;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The risks people raise on risk-service, next to those its rules raise from the seed's events: each
 * with an owner, a residual score once mitigated, and mitigation actions on the sponsor's or the
 * partner's side.
 */
final class RiskSeed {

    private record Mitigation(String description, String ownerSide, String ownerName, int dueInDays) {
    }

    private record ManualRisk(String partnerKey, String title, String description, String category,
                              String ownerName, int likelihood, int impact, int residualLikelihood,
                              int residualImpact, boolean joint, List<Mitigation> mitigations) {
    }

    private static final List<ManualRisk> RISKS = List.of(
            new ManualRisk("rhinebridge", "Single-source supply of RBX-101 drug substance",
                    "Rhinebridge is the only qualified site for RBX-101; a site outage stops clinical and launch "
                            + "supply", "SUPPLY_CHAIN_DISRUPTION", "Priya Natarajan", 3, 5, 2, 4, false,
                    List.of(new Mitigation("Qualify a second drug substance site before the BLA filing", "SPONSOR",
                                    "Priya Natarajan", 180),
                            new Mitigation("Hold six months of safety stock at the EU depot", "SPONSOR",
                                    "Priya Natarajan", 60))),
            new ManualRisk("cambridge-vector", "AAV capacity shortfall for the Phase II campaign",
                    "Two of three suites booked by other sponsors in 2027", "PARTNER_CAPACITY_OR_TURNOVER",
                    "Dr. Mei Chen", 4, 4, 2, 3, true,
                    List.of(new Mitigation("Reserve suite 3 slots with a capacity agreement", "PARTNER",
                            "Cambridge Vector account lead", 30))),
            new ManualRisk("northstar", "Slow enrolment in study RBX-101-202",
                    "Enrolment at 61% of plan after 8 months; 5 sites below one subject per month",
                    "CLINICAL_DELAY_OR_LOW_ENROLMENT", "Dr. Luis Ortega", 4, 3, 3, 2, true,
                    List.of(new Mitigation("Open six additional sites in Poland and Spain", "PARTNER",
                                    "NorthStar project director", 75),
                            new Mitigation("Add a decentralised visit option to the protocol", "SPONSOR",
                                    "Dr. Luis Ortega", 45))),
            new ManualRisk("basel-synthesis", "CHF exposure on the BSM-450 supply contract",
                    "Invoices in CHF; a 10% rise adds 0.4 M EUR to the 2027 budget", "FINANCIAL", "Jonas Berg",
                    3, 2, 2, 2, false,
                    List.of(new Mitigation("Hedge 2027 CHF payments with treasury", "SPONSOR", "Jonas Berg", 30))),
            new ManualRisk("liffey-fill", "Open audit findings at the fill-finish line",
                    "Two major findings of the qualification audit on environmental monitoring remain open",
                    "PARTNER_COMPLIANCE", "Dr. Anna Keller", 3, 4, 1, 4, true,
                    List.of(new Mitigation("Close the environmental monitoring CAPA and verify on site", "PARTNER",
                            "Liffey QA director", 40))),
            new ManualRisk("kyoto-analytical", "Method transfer of the potency assay to Kyoto",
                    "The cell-based potency assay failed its first transfer run", "REGULATORY_REWORK",
                    "Marco Rossi", 2, 3, 1, 3, false,
                    List.of(new Mitigation("Repeat the comparative transfer with the sponsor's analyst on site",
                            "SPONSOR", "Marco Rossi", 21))));

    private final DemoClient client;
    private final URI riskService;
    private final DemoTeam team;
    private int mitigations;

    RiskSeed(DemoClient client, URI riskService, DemoTeam team) {
        this.client = client;
        this.riskService = riskService;
        this.team = team;
    }

    int mitigations() {
        return mitigations;
    }

    /** Raises the manual risks with their mitigations; answers how many risks. */
    int seed(Map<String, String> partnerIds, Map<String, SeededSow> sows) {
        LocalDate today = LocalDate.now();
        for (ManualRisk r : RISKS) {
            Map<String, Object> risk = new LinkedHashMap<>();
            risk.put("title", r.title());
            risk.put("description", r.description());
            risk.put("category", r.category());
            risk.put("partnerId", partnerIds.get(r.partnerKey()));
            SeededSow sow = sows.get(r.partnerKey());
            if (sow != null) {
                risk.put("agreementId", sow.msaId());
                risk.put("sowId", sow.sowId());
            }
            risk.put("ownerSide", "SPONSOR");
            risk.put("ownerName", r.ownerName());
            risk.put("joint", r.joint());
            risk.put("likelihood", r.likelihood());
            risk.put("impact", r.impact());
            risk.put("residualLikelihood", r.residualLikelihood());
            risk.put("residualImpact", r.residualImpact());
            String riskId = client.create(riskService.resolve("/risks"), team.supplyChain(), risk).id();
            for (Mitigation m : r.mitigations()) {
                client.create(riskService.resolve("/risks/" + riskId + "/mitigations"), team.supplyChain(), Map.of(
                        "description", m.description(), "ownerSide", m.ownerSide(), "ownerName", m.ownerName(),
                        "dueOn", today.plusDays(m.dueInDays()).toString()));
                mitigations++;
            }
        }
        return RISKS.size();
    }
}
