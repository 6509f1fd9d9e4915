package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.security.Roles;

import java.util.List;

/**
 * The kinds of agreement that share the lifecycle of {@link AgreementStatus} (EVENTS.md {@code kind}), with what
 * the API knows of each: where it is served, how problems name it and its end date, and who owns it. Drafters draft, edit and
 * amend; owners move, sign, review and clear review flags.
 */
public enum AgreementKind {

    MSA("/msas", "MSA", "MSA", "expiresOn", List.of(Roles.LEGAL, Roles.FINANCE), List.of(Roles.LEGAL)),
    SOW("/sows", "SOW", "SOW", "timeline.endOn", List.of(Roles.LEGAL, Roles.FINANCE),
            List.of(Roles.LEGAL, Roles.FINANCE)),
    QUALITY_AGREEMENT("/quality-agreements", "Quality agreement", "quality agreement", "expiresOn",
            List.of(Roles.QUALITY), List.of(Roles.QUALITY));

    private final String path;
    private final String label;
    private final String inText;
    private final String endField;
    private final List<String> drafters;
    private final List<String> owners;

    AgreementKind(String path, String label, String inText, String endField, List<String> drafters,
                  List<String> owners) {
        this.path = path;
        this.label = label;
        this.inText = inText;
        this.endField = endField;
        this.drafters = drafters;
        this.owners = owners;
    }

    /** The path of its collection, e.g. {@code /msas}. */
    public String path() {
        return path;
    }

    /** How problems name an agreement of this kind: "MSA", "SOW", "Quality agreement". */
    public String label() {
        return label;
    }

    /** How a message names an agreement of this kind mid-sentence: "MSA", "SOW", "quality agreement". */
    public String inText() {
        return inText;
    }

    /** The request field that holds the last day a version binds the parties, as problems name it. */
    public String endField() {
        return endField;
    }

    /** The roles that draft, edit and amend agreements of this kind. */
    public List<String> drafters() {
        return drafters;
    }

    /** The roles that move, sign and review agreements of this kind and clear their review flags. */
    public List<String> owners() {
        return owners;
    }

    /** The roles of {@code duty} for this kind. */
    public List<String> rolesOf(Duty duty) {
        return duty == Duty.DRAFT ? drafters : owners;
    }

    /** The kind served under {@code resourcePath} (a collection path or one below it), or null. */
    public static AgreementKind servedAt(String resourcePath) {
        for (AgreementKind kind : values()) {
            if (resourcePath.equals(kind.path) || resourcePath.startsWith(kind.path + "/")) {
                return kind;
            }
        }
        return null;
    }

    /** What a write does to an agreement, which decides whose it is. */
    public enum Duty {
        /** draft, edit, amend */
        DRAFT,
        /** move in the lifecycle, sign, review, clear a review flag */
        OWN
    }
}
