package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.deploy.demo.DemoClient.Reply;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts on agreement-service: an executed MSA per contracted partner, quality agreements with
 * the CDMOs, and one executed SOW each with milestones planned over the past ten months and the next
 * months, the past ones completed on time, late or (for the partners in trouble) left open, so that
 * agreement-service's milestone job reports them missed; one go/no-go decision is pending.
 */
final class AgreementSeed {

    /** The contracts of one partner: SOW kind and title, and how its milestones went. */
    record Contract(String partnerKey, String sowKind, String title, Delivery delivery, boolean qualityAgreement) {
    }

    /** How a partner delivers its milestones. */
    enum Delivery { ON_TIME, LATE, MISSING, PENDING_GO_NO_GO, DECIDED_GO }

    /** A SOW seeded, for the batches, deviations and risks that refer to it. */
    record SeededSow(String partnerKey, String partnerId, String msaId, String sowId, String kind) {
    }

    static final List<Contract> CONTRACTS = List.of(
            new Contract("rhinebridge", "MANUFACTURING", "GMP manufacture of PPQ batches of RBX-101 (anti-IL-23 mAb)",
                    Delivery.PENDING_GO_NO_GO, true),
            new Contract("lyon-cell", "MANUFACTURING", "Autologous CAR-T manufacture for the LCX-7 Phase I study",
                    Delivery.ON_TIME, true),
            new Contract("cambridge-vector", "MANUFACTURING", "AAV9 vector supply for the GTX-3 Phase I/II study",
                    Delivery.MISSING, true),
            new Contract("basel-synthesis", "MANUFACTURING", "HPAPI synthesis of BSM-450 drug substance, 3 lots",
                    Delivery.DECIDED_GO, true),
            new Contract("deccan-fine", "MANUFACTURING", "Commercial supply of BSM-210 intermediate",
                    Delivery.MISSING, true),
            new Contract("northstar", "CLINICAL", "Phase II study RBX-101-202 in psoriasis: sites, monitoring, data",
                    Delivery.MISSING, false),
            new Contract("kyoto-analytical", "ANALYTICAL", "Release and stability testing of RBX-101",
                    Delivery.ON_TIME, false),
            new Contract("liffey-fill", "MANUFACTURING", "Aseptic fill-finish of RBX-101 clinical vials",
                    Delivery.LATE, true));

    private static final String SHA = "5d41402abc4b2a76b9719d911017c592e3b1c5d2a8f7e9b0c4d6a1f3e5b7c9d1";

    private final DemoClient client;
    private final URI agreementService;
    private final DemoTeam team;
    private final LocalDate today = LocalDate.now();
    private int milestones;
    private int missed;

    AgreementSeed(DemoClient client, URI agreementService, DemoTeam team) {
        this.client = client;
        this.agreementService = agreementService;
        this.team = team;
    }

    /** Seeds every contract; answers the SOWs by partner key. */
    Map<String, SeededSow> seed(Map<String, String> partnerIds) {
        Map<String, SeededSow> sows = new LinkedHashMap<>();
        for (Contract contract : CONTRACTS) {
            String partnerId = partnerIds.get(contract.partnerKey());
            String msaId = executedMsa(partnerId);
            if (contract.qualityAgreement()) {
                qualityAgreement(partnerId, !contract.partnerKey().equals("liffey-fill"));
            }
            String sowId = executedSow(msaId, contract);
            planMilestones(sowId, contract.delivery());
            sows.put(contract.partnerKey(), new SeededSow(contract.partnerKey(), partnerId, msaId, sowId,
                    contract.sowKind()));
        }
        return sows;
    }

    int milestones() {
        return milestones;
    }

    /** Milestones left open past their due date: agreement-service's milestone job reports them missed. */
    int missed() {
        return missed;
    }

    private String executedMsa(String partnerId) {
        Map<String, Object> msa = new LinkedHashMap<>();
        msa.put("partnerId", partnerId);
        msa.put("title", "Master services agreement");
        msa.put("effectiveOn", today.minusMonths(14).toString());
        msa.put("expiresOn", today.plusYears(4).toString());
        msa.put("governingLaw", "England and Wales");
        msa.put("paymentTerms", Map.of("days", 45, "currency", "EUR"));
        msa.put("liabilityCap", Map.of("amount", "5000000.00", "currency", "EUR"));
        msa.put("reviewOn", today.plusMonths(2).toString());
        msa.put("documents", List.of(Map.of("title", "MSA signed copy",
                "uri", "https://dms.example.com/contracts/msa-" + partnerId + ".pdf", "sha256", SHA)));
        Reply drafted = client.create(agreementService.resolve("/msas"), team.legal(), msa);
        execute("/msas/" + drafted.id() + "/status", drafted.etag(), team.legal(), "APPROVAL", true);
        return drafted.id();
    }

    private void qualityAgreement(String partnerId, boolean execute) {
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("partnerId", partnerId);
        agreement.put("title", "Quality agreement for GMP manufacture and release");
        agreement.put("effectiveOn", today.minusMonths(12).toString());
        agreement.put("expiresOn", today.plusYears(3).toString());
        agreement.put("reviewOn", today.plusMonths(6).toString());
        agreement.put("fromTemplate", true);
        Reply drafted = client.create(agreementService.resolve("/quality-agreements"), team.quality(), agreement);
        execute("/quality-agreements/" + drafted.id() + "/status", drafted.etag(), team.quality(), "RESPONSIBILITY",
                execute);
    }

    private String executedSow(String msaId, Contract contract) {
        Map<String, Object> sow = new LinkedHashMap<>();
        sow.put("msaId", msaId);
        sow.put("kind", contract.sowKind());
        sow.put("title", contract.title());
        sow.put("activities", List.of("Technology transfer", "Execution", "Reporting"));
        sow.put("deliverables", List.of(
                Map.of("name", "Technical report", "description", "Agreed report", "responsibility", "PARTNER"),
                Map.of("name", "Specifications", "description", "Sponsor's specifications",
                        "responsibility", "SPONSOR")));
        sow.put("timeline", Map.of("startOn", today.minusMonths(10).toString(),
                "endOn", today.plusMonths(8).toString()));
        sow.put("budget", Map.of("amount", "1850000.00", "currency", "EUR"));
        sow.put("escalationPath", List.of(
                Map.of("level", 1, "sponsorContact", "Priya Natarajan (External Supply)",
                        "partnerContact", "Account lead", "escalateAfterDays", 5),
                Map.of("level", 2, "sponsorContact", "Helen Carter (Steering Committee)",
                        "partnerContact", "Site head", "escalateAfterDays", 10)));
        sow.put("reviewOn", today.plusMonths(3).toString());
        Reply drafted = client.create(agreementService.resolve("/sows"), team.finance(), sow);
        execute("/sows/" + drafted.id() + "/status", drafted.etag(), team.legal(), "APPROVAL", true);
        return drafted.id();
    }

    /** DRAFT to IN_REVIEW to APPROVED and, when {@code execute}, EXECUTED, each approval signed. */
    private void execute(String statusPath, String etag, Persona by, String executionMeaning, boolean execute) {
        URI uri = agreementService.resolve(statusPath);
        etag = client.post(uri, by, etag, null, Map.of("to", "IN_REVIEW", "reason", "Ready for review")).etag();
        if (!execute) {
            return;
        }
        etag = client.post(uri, by, etag, null, Map.of("to", "APPROVED", "reason", "Terms agreed",
                "signature", Map.of("meaning", "APPROVAL"))).etag();
        client.post(uri, by, etag, null, Map.of("to", "EXECUTED", "reason", "Signed by both parties",
                "signature", Map.of("meaning", executionMeaning)));
    }

    private void planMilestones(String sowId, Delivery delivery) {
        String first = plan(sowId, "Technology transfer completed", today.minusMonths(8), false);
        complete(first, today.minusMonths(8).minusDays(3));
        String second = plan(sowId, "First GMP run completed", today.minusMonths(4), false);
        complete(second, delivery == Delivery.LATE || delivery == Delivery.MISSING
                ? today.minusMonths(4).plusDays(19) : today.minusMonths(4).minusDays(1));
        String third = plan(sowId, "Interim report delivered", today.minusWeeks(3), false);
        if (delivery == Delivery.MISSING) {
            missed++;
        } else {
            complete(third, delivery == Delivery.LATE ? today.minusDays(2) : today.minusWeeks(3));
        }
        if (delivery == Delivery.PENDING_GO_NO_GO) {
            plan(sowId, "Go/no-go: start of the PPQ campaign", today.plusDays(10), true);
        } else if (delivery == Delivery.DECIDED_GO) {
            String gate = plan(sowId, "Go/no-go: scale-up to 200 L", today.minusDays(5), true);
            Reply read = client.get(agreementService.resolve("/milestones/" + gate), team.steeringCommittee());
            client.post(agreementService.resolve("/milestones/" + gate + "/go-no-go"), team.steeringCommittee(),
                    read.etag(), null, Map.of("decision", "GO_WITH_CONDITIONS", "rationale", "Yields on target; "
                            + "repeat the impurity fate study before lot 3", "signature", Map.of("meaning", "APPROVAL")));
            complete(gate, today.minusDays(5));
        }
        plan(sowId, "Final report and batch documentation", today.plusMonths(5), false);
    }

    private String plan(String sowId, String name, LocalDate due, boolean decisionPoint) {
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("name", name);
        milestone.put("dueDate", due.toString());
        milestone.put("owner", "Priya Natarajan (External Supply)");
        milestone.put("decisionPoint", decisionPoint);
        milestone.put("dependsOn", new ArrayList<>());
        milestones++;
        return client.create(agreementService.resolve("/sows/" + sowId + "/milestones"), team.supplyChain(),
                milestone).id();
    }

    private void complete(String milestoneId, LocalDate on) {
        URI uri = agreementService.resolve("/milestones/" + milestoneId);
        String etag = client.get(uri, team.supplyChain()).etag();
        client.post(agreementService.resolve("/milestones/" + milestoneId + "/completion"), team.supplyChain(), etag,
                null, Map.of("completedOn", on.toString(), "reason", "Confirmed at the monthly operations review"));
    }
}
