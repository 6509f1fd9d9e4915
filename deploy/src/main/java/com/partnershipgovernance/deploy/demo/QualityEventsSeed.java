package com.partnershipgovernance.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipgovernance.deploy.demo.AgreementSeed.SeededSow;
import com.partnershipgovernance.deploy.demo.DemoClient.Reply;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Manufacturing batches and deviations on agreement-service: batches released, reworked or rejected,
 * and deviations at every stage of their CAPA, from just classified to closed with an effective CAPA.
 * Classifying a deviation MAJOR or CRITICAL makes risk-service raise a risk on its own.
 */
final class QualityEventsSeed {

    /** How far a deviation's handling got. */
    enum Stage { CLASSIFIED, INVESTIGATING, CAPA_IN_PROGRESS, CLOSED }

    private record DemoDeviation(String partnerKey, String category, String severity, int daysAgo,
                                 String description, String rootCause, String capa, Stage stage) {
    }

    private static final List<DemoDeviation> DEVIATIONS = List.of(
            new DemoDeviation("deccan-fine", "OOS_RESULT", "CRITICAL", 40,
                    "Assay of intermediate lot BSM210-I-0112 at 91.2% against a specification of 97.0-102.0%",
                    "Reference standard used beyond its re-test date", "Re-test dates enforced in LIMS; "
                    + "all standards re-qualified", Stage.CAPA_IN_PROGRESS),
            new DemoDeviation("deccan-fine", "MISSED_NOTIFICATION", "MAJOR", 25,
                    "OOS notified to the sponsor 9 days after confirmation instead of 2 business days",
                    null, null, Stage.INVESTIGATING),
            new DemoDeviation("cambridge-vector", "BATCH_FAILURE", "MAJOR", 60,
                    "Vector genome titre of lot GTX3-V-004 below the lower limit after purification",
                    "Chromatography resin lot with reduced binding capacity", "Incoming test of resin binding "
                    + "capacity added", Stage.CAPA_IN_PROGRESS),
            new DemoDeviation("liffey-fill", "EQUIPMENT", "MAJOR", 12,
                    "Filling line 2 stopped 40 minutes with vials exposed during the RBX-101 clinical fill",
                    null, null, Stage.CLASSIFIED),
            new DemoDeviation("northstar", "DOCUMENTATION", "MAJOR", 30,
                    "Three subjects at site 014 consented on a superseded informed consent version",
                    "Site binder not updated after the protocol amendment", "Consent version check added to the "
                    + "monitoring visit plan", Stage.CAPA_IN_PROGRESS),
            new DemoDeviation("rhinebridge", "DOCUMENTATION", "MINOR", 150,
                    "Batch record page missing a second-person verification of the buffer weighing",
                    "Verification step not highlighted in the master batch record", "Master batch record revised "
                    + "with a mandatory verification field", Stage.CLOSED),
            new DemoDeviation("basel-synthesis", "EQUIPMENT", "MINOR", 110,
                    "Reactor R-204 temperature probe drifted 1.5 C during the crystallisation step",
                    "Probe calibration interval too long for this duty", "Calibration interval shortened to "
                    + "three months", Stage.CLOSED));

    private final DemoClient client;
    private final URI agreementService;
    private final DemoTeam team;
    private final LocalDate today = LocalDate.now();
    private int batches;
    private int withCapa;

    QualityEventsSeed(DemoClient client, URI agreementService, DemoTeam team) {
        this.client = client;
        this.agreementService = agreementService;
        this.team = team;
    }

    int batches() {
        return batches;
    }

    int deviations() {
        return DEVIATIONS.size();
    }

    int withCapa() {
        return withCapa;
    }

    /** Records batches under the manufacturing SOWs, then the deviations. */
    void seed(Map<String, SeededSow> sows) {
        for (SeededSow sow : sows.values()) {
            if (sow.kind().equals("MANUFACTURING")) {
                batchesOf(sow);
            }
        }
        for (DemoDeviation deviation : DEVIATIONS) {
            report(sows.get(deviation.partnerKey()), deviation);
        }
    }

    private void batchesOf(SeededSow sow) {
        String prefix = sow.partnerKey().toUpperCase().replace('-', '_');
        for (int i = 1; i <= 4; i++) {
            LocalDate made = today.minusMonths(10 - 2L * i);
            Map<String, Object> batch = new LinkedHashMap<>();
            batch.put("sowId", sow.sowId());
            batch.put("batchNumber", prefix + "-" + made.getYear() + "-" + String.format("%03d", i));
            batch.put("product", "Clinical lot");
            batch.put("manufacturedOn", made.toString());
            batch.put("rework", false);
            Reply recorded = client.create(agreementService.resolve("/batches"), team.supplyChain(), batch);
            batches++;
            String etag = recorded.etag();
            boolean troubled = sow.partnerKey().equals("deccan-fine") || sow.partnerKey().equals("cambridge-vector");
            if (troubled && i == 2) {
                etag = client.post(agreementService.resolve("/batches/" + recorded.id() + "/rework"), team.quality(),
                        etag, null, Map.of("reason", "Re-filtered after a bioburden excursion")).etag();
            }
            if (i == 4) {
                continue; // the latest batch awaits its disposition
            }
            String to = troubled && i == 3 ? "REJECTED" : "RELEASED";
            client.post(agreementService.resolve("/batches/" + recorded.id() + "/disposition"), team.quality(), etag,
                    null, Map.of("to", to, "reason", to.equals("RELEASED") ? "Certified by the QP"
                            : "Out of specification; not releasable", "dispositionedOn", made.plusDays(20).toString()));
        }
    }

    private void report(SeededSow sow, DemoDeviation d) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("partnerId", sow.partnerId());
        report.put("sowId", sow.sowId());
        report.put("category", d.category());
        report.put("occurredOn", today.minusDays(d.daysAgo()).toString());
        report.put("reportedOn", today.minusDays(d.daysAgo() - 1L).toString());
        report.put("description", d.description());
        Reply reported = client.create(agreementService.resolve("/deviations"), team.quality(), report);
        String base = "/deviations/" + reported.id();
        String etag = action(base + "/classification", reported.etag(), Map.of("severity", d.severity(),
                "reason", "Impact assessed by quality"));
        if (d.stage() == Stage.CLASSIFIED) {
            return;
        }
        etag = action(base + "/status", etag, Map.of("to", "UNDER_INVESTIGATION", "reason", "Investigation opened"));
        Map<String, Object> investigation = new LinkedHashMap<>();
        investigation.put("findings", "Interviews, records and equipment logs reviewed");
        investigation.put("rootCause", d.rootCause());
        etag = client.put(agreementService.resolve(base + "/investigation"), team.quality(), etag, null,
                investigation).etag();
        if (d.stage() == Stage.INVESTIGATING) {
            return;
        }
        Reply capa = client.post(agreementService.resolve(base + "/capa-actions"), team.quality(), etag, null,
                Map.of("description", d.capa(), "owner", "Partner QA head", "dueOn", today.plusDays(45).toString()));
        withCapa++;
        etag = action(base + "/status", capa.etag(), Map.of("to", "CAPA_IN_PROGRESS", "reason", "CAPA agreed"));
        if (d.stage() == Stage.CAPA_IN_PROGRESS) {
            return;
        }
        JsonNode actions = capa.body().path("capaActions");
        String actionId = actions.get(actions.size() - 1).path("id").asText();
        etag = action(base + "/capa-actions/" + actionId + "/effectiveness-check", etag, Map.of(
                "checkedOn", today.toString(), "result", "No recurrence in the batches since", "effective", true));
        action(base + "/status", etag, Map.of("to", "CLOSED", "reason", "Root cause found, CAPA effective",
                "signature", Map.of("meaning", "APPROVAL")));
    }

    private String action(String path, String etag, Map<String, Object> body) {
        return client.post(agreementService.resolve(path), team.quality(), etag, null, body).etag();
    }
}
