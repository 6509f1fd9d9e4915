package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.deploy.demo.DemoClient.Reply;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner selection on partner-service: a weighted scorecard template with one criterion per
 * function, two candidates scored by five functions, and supply chain's signed decision.
 */
final class SelectionSeed {

    /** One criterion and the function that scores it. */
    private record Criterion(String code, String name, int weight, String kind, String function) {
    }

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("TECHNICAL_EXPERTISE", "mRNA and LNP process expertise", 30, "VALUE", "RND"),
            new Criterion("COMPLIANCE", "GMP compliance record and audit history", 25, "VALUE", "QUALITY"),
            new Criterion("REGULATORY_TRACK_RECORD", "Inspections and filings supported", 15, "VALUE", "REGULATORY"),
            new Criterion("CAPACITY", "Slot availability for three batches in 2027", 15, "VALUE", "SUPPLY_CHAIN"),
            new Criterion("COST", "Price per batch and payment terms", 15, "COST", "FINANCE"));

    private final DemoClient client;
    private final URI partnerService;
    private final DemoTeam team;

    SelectionSeed(DemoClient client, URI partnerService, DemoTeam team) {
        this.client = client;
        this.partnerService = partnerService;
        this.team = team;
    }

    /** Runs the selection between {@code chosen} and {@code other}; answers the number of scores given. */
    int seed(String chosen, String other) {
        List<Map<String, Object>> criteria = CRITERIA.stream().map(c -> Map.<String, Object>of(
                "code", c.code(), "name", c.name(), "weight", c.weight(), "kind", c.kind(),
                "requiredFunctions", List.of(c.function()))).toList();
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", "mRNA-LNP drug substance CDMO scorecard");
        template.put("description", "Weighted 1-5 scorecard for clinical mRNA-LNP manufacturing partners");
        template.put("scale", Map.of("min", 1, "max", 5));
        template.put("criteria", criteria);
        String templateId = client.create(partnerService.resolve("/scorecard-templates"), team.rnd(), template).id();

        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("title", "mRNA-LNP drug substance CDMO for the Phase I RSV vaccine");
        selection.put("description", "Three GMP batches in 2027, EU release, tech transfer from in-house process");
        selection.put("templateId", templateId);
        selection.put("ownerFunction", "SUPPLY_CHAIN");
        selection.put("candidatePartnerIds", List.of(chosen, other));
        String selectionId = client.create(partnerService.resolve("/selections"), team.supplyChain(), selection).id();

        URI scores = partnerService.resolve("/selections/" + selectionId + "/scores");
        int[] chosenScores = {5, 4, 4, 4, 3};
        int[] otherScores = {3, 4, 5, 3, 4};
        for (int i = 0; i < CRITERIA.size(); i++) {
            Criterion c = CRITERIA.get(i);
            client.create(scores, scorer(c.function()), score(chosen, c, chosenScores[i],
                    "Scored " + chosenScores[i] + " after the technical visit and document review"));
            client.create(scores, scorer(c.function()), score(other, c, otherScores[i],
                    "Scored " + otherScores[i] + " on the RFP answer; no mRNA batch at scale yet"));
        }

        String etag = client.get(partnerService.resolve("/selections/" + selectionId), team.supplyChain()).etag();
        client.post(partnerService.resolve("/selections/" + selectionId + "/decision"), team.supplyChain(), etag,
                null, Map.of("chosenPartnerId", chosen,
                        "rationale", "Strongest mRNA process expertise and compliance record; the higher batch "
                                + "price is accepted for the schedule",
                        "signature", Map.of("meaning", "APPROVAL")));
        return 2 * CRITERIA.size();
    }

    private static Map<String, Object> score(String candidate, Criterion c, int score, String comment) {
        return Map.of("candidatePartnerId", candidate, "criterionCode", c.code(), "function", c.function(),
                "score", score, "comment", comment);
    }

    private Persona scorer(String function) {
        return switch (function) {
            case "RND" -> team.rnd();
            case "QUALITY" -> team.quality();
            case "REGULATORY" -> team.regulatory();
            case "SUPPLY_CHAIN" -> team.supplyChain();
            case "FINANCE" -> team.finance();
            default -> throw new IllegalArgumentException(function);
        };
    }
}
