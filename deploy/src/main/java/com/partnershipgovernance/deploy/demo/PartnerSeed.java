package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.deploy.demo.DemoClient.Reply;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the demo partners on partner-service and walks each through the qualification lifecycle to
 * its demo state, the way quality would: evaluation first, approvals signed, suspension and
 * disqualification with a reason.
 */
final class PartnerSeed {

    /** The demo states, each reached from PROSPECT by the moves listed. */
    enum State {
        PROSPECT(),
        UNDER_EVALUATION("UNDER_EVALUATION"),
        QUALIFIED("UNDER_EVALUATION", "QUALIFIED"),
        CONDITIONALLY_APPROVED("UNDER_EVALUATION", "CONDITIONALLY_APPROVED"),
        SUSPENDED("UNDER_EVALUATION", "QUALIFIED", "SUSPENDED"),
        DISQUALIFIED("UNDER_EVALUATION", "DISQUALIFIED");

        private final List<String> path;

        State(String... path) {
            this.path = List.of(path);
        }
    }

    /** One demo partner: its profile and where it stands. */
    record DemoPartner(String key, String legalName, String type, String serviceModel, String country,
                       String engagementModel, List<String> modalities, List<String> capabilities,
                       List<String> scales, State state) {
    }

    /** The portfolio: CDMOs and CROs across modalities, countries and qualification states. */
    static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("rhinebridge", "Rhinebridge Biologics GmbH", "CDMO", "FULL_SERVICE", "DE",
                    "STRATEGIC_ALLIANCE", List.of("MAB", "ADC"),
                    List.of("STERILE_FILL_FINISH", "CELL_BANKING", "QP_BATCH_RELEASE", "STABILITY_STUDIES"),
                    List.of("CLINICAL", "COMMERCIAL"), State.QUALIFIED),
            new DemoPartner("lyon-cell", "Lyon Cell Therapies SAS", "CDMO", "SPECIALIST", "FR",
                    "PREFERRED_PROVIDER", List.of("CELL_THERAPY"), List.of("CELL_BANKING", "QP_BATCH_RELEASE"),
                    List.of("CLINICAL"), State.CONDITIONALLY_APPROVED),
            new DemoPartner("cambridge-vector", "Cambridge Vector Sciences Ltd", "CDMO", "SPECIALIST", "GB",
                    "PREFERRED_PROVIDER", List.of("GENE_THERAPY"),
                    List.of("VIRAL_VECTOR_PRODUCTION", "NUCLEIC_ACID_HANDLING"), List.of("CLINICAL"),
                    State.QUALIFIED),
            new DemoPartner("basel-synthesis", "Basel Synthesis AG", "CDMO", "FULL_SERVICE", "CH",
                    "STRATEGIC_ALLIANCE", List.of("SMALL_MOLECULE", "PEPTIDE"),
                    List.of("HIGH_POTENCY_OEB5", "CONTROLLED_SUBSTANCES", "STABILITY_STUDIES"),
                    List.of("CLINICAL", "COMMERCIAL"), State.QUALIFIED),
            new DemoPartner("deccan-fine", "Deccan Fine Chemicals Pvt Ltd", "CDMO", "SPECIALIST", "IN", "TACTICAL",
                    List.of("SMALL_MOLECULE"), List.of("CONTROLLED_SUBSTANCES"), List.of("COMMERCIAL"),
                    State.SUSPENDED),
            new DemoPartner("northstar", "NorthStar Clinical Research Inc", "CRO", "FULL_SERVICE", "US",
                    "STRATEGIC_ALLIANCE", List.of("MAB", "SMALL_MOLECULE"),
                    List.of("SITE_MANAGEMENT", "PHARMACOVIGILANCE", "BIOSTATISTICS", "REGULATORY_SUBMISSIONS"),
                    List.of("CLINICAL"), State.QUALIFIED),
            new DemoPartner("baltic-trials", "Baltic Trials Oy", "CRO", "SPECIALIST", "FI", "TACTICAL",
                    List.of("VACCINE"), List.of("DECENTRALISED_TRIALS", "SITE_MANAGEMENT"), List.of("CLINICAL"),
                    State.UNDER_EVALUATION),
            new DemoPartner("kyoto-analytical", "Kyoto Analytical Laboratories KK", "CRO", "SPECIALIST", "JP",
                    "PREFERRED_PROVIDER", List.of("MAB", "OLIGONUCLEOTIDE"),
                    List.of("ANALYTICAL_METHODS", "STABILITY_STUDIES"), List.of("PRECLINICAL", "CLINICAL"),
                    State.QUALIFIED),
            new DemoPartner("liffey-fill", "Liffey Fill & Finish Ltd", "CDMO", "SPECIALIST", "IE", "TACTICAL",
                    List.of("MAB", "VACCINE"), List.of("STERILE_FILL_FINISH", "LYOPHILISATION"),
                    List.of("CLINICAL", "COMMERCIAL"), State.CONDITIONALLY_APPROVED),
            new DemoPartner("suzhou-bioprocess", "Suzhou BioProcess Co Ltd", "CDMO", "FULL_SERVICE", "CN",
                    "TACTICAL", List.of("MAB"), List.of("CELL_BANKING"), List.of("CLINICAL"), State.DISQUALIFIED),
            new DemoPartner("leiden-mrna", "Leiden mRNA Works BV", "CDMO", "SPECIALIST", "NL", "PREFERRED_PROVIDER",
                    List.of("MRNA_LNP"), List.of("LNP_FORMULATION", "NUCLEIC_ACID_HANDLING", "STERILE_FILL_FINISH"),
                    List.of("PRECLINICAL", "CLINICAL"), State.UNDER_EVALUATION),
            new DemoPartner("boston-biostat", "Boston Biostatistics Partners LLC", "CRO", "SPECIALIST", "US",
                    "TACTICAL", List.of("OTHER"), List.of("BIOSTATISTICS"), List.of("CLINICAL"), State.PROSPECT));

    /** The partner whose presence tells that the demo portfolio was seeded. */
    static final String FIRST_LEGAL_NAME = PARTNERS.get(0).legalName();

    private final DemoClient client;
    private final URI partnerService;
    private final DemoTeam team;

    PartnerSeed(DemoClient client, URI partnerService, DemoTeam team) {
        this.client = client;
        this.partnerService = partnerService;
        this.team = team;
    }

    /**
     * Registers and qualifies every partner; answers their ids by key, in portfolio order. A partner to be
     * suspended stays QUALIFIED until {@link #suspend}: its agreements are executed first, as in real life.
     */
    Map<String, String> seed() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoPartner partner : PARTNERS) {
            ids.put(partner.key(), register(partner));
        }
        return ids;
    }

    /** Suspends the partners whose demo state is SUSPENDED; answers how many. */
    int suspend(Map<String, String> ids) {
        int suspended = 0;
        for (DemoPartner partner : PARTNERS) {
            if (partner.state() == State.SUSPENDED) {
                URI uri = partnerService.resolve("/partners/" + ids.get(partner.key()));
                String etag = client.get(uri, team.quality()).etag();
                move(ids.get(partner.key()), etag, "SUSPENDED", partner);
                suspended++;
            }
        }
        return suspended;
    }

    /** The status of each partner (by id) after {@link #seed}, or after {@link #suspend} too. */
    static Map<String, String> statuses(Map<String, String> ids, boolean suspended) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (DemoPartner partner : PARTNERS) {
            List<String> path = partner.state().path;
            String status = path.isEmpty() ? "PROSPECT" : path.get(path.size() - 1);
            if (partner.state() == State.SUSPENDED && !suspended) {
                status = "QUALIFIED";
            }
            statuses.put(ids.get(partner.key()), status);
        }
        return statuses;
    }

    /** Whether {@code key}'s agreements can be executed (approved at seed time). */
    static boolean contracted(String key) {
        return PARTNERS.stream().anyMatch(p -> p.key().equals(key) && switch (p.state()) {
            case QUALIFIED, CONDITIONALLY_APPROVED, SUSPENDED -> true;
            default -> false;
        });
    }

    private String register(DemoPartner p) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("legalName", p.legalName());
        profile.put("type", p.type());
        profile.put("serviceModel", p.serviceModel());
        profile.put("headquartersCountry", p.country());
        profile.put("engagementModel", p.engagementModel());
        profile.put("modalities", p.modalities());
        profile.put("capabilities", p.capabilities());
        profile.put("scales", p.scales());
        Reply created = client.create(partnerService.resolve("/partners"), team.supplyChain(), profile);
        String id = created.id();
        String etag = created.etag();
        for (String to : p.state().path) {
            if (to.equals("SUSPENDED")) {
                break;
            }
            etag = move(id, etag, to, p);
        }
        return id;
    }

    private String move(String id, String etag, String to, DemoPartner p) {
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("to", to);
        move.put("reason", reasonFor(to, p));
        if (to.equals("QUALIFIED") || to.equals("CONDITIONALLY_APPROVED")) {
            move.put("signature", Map.of("meaning", "APPROVAL"));
        }
        return client.post(partnerService.resolve("/partners/" + id + "/qualification"), team.quality(), etag,
                null, move).etag();
    }

    private static String reasonFor(String to, DemoPartner p) {
        return switch (to) {
            case "UNDER_EVALUATION" -> "Questionnaire returned; qualification audit of " + p.legalName() + " planned";
            case "QUALIFIED" -> "Qualification audit closed without critical or major findings";
            case "CONDITIONALLY_APPROVED" -> "Two major audit findings open; approved for clinical supply under a "
                    + "CAPA plan due within 90 days";
            case "SUSPENDED" -> "Regulatory warning letter on data integrity; no new orders until the for-cause "
                    + "audit closes";
            case "DISQUALIFIED" -> "Qualification audit found critical findings on sterility assurance and data "
                    + "integrity";
            default -> "Demo portfolio";
        };
    }
}
