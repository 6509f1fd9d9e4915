package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.security.Roles;

import java.util.List;

/**
 * The kinds of agreement that share the lifecycle of {@link AgreementStatus} (EVENTS.md {@code kind}), with what
 * the API knows of each: where it is served, how problems name it, and who owns it. Drafters draft, edit and
 * amend; owners move, sign, review and clear review flags.
 */
public enum AgreementKind {

    MSA("/msas", "MSA", List.of(Roles.LEGAL, Roles.FINANCE), List.of(Roles.LEGAL)),
    SOW("/sows", "SOW", List.of(Roles.LEGAL, Roles.FINANCE), List.of(Roles.LEGAL, Roles.FINANCE)),
    QUALITY_AGREEMENT("/quality-agreements", "Quality agreement", List.of(Roles.QUALITY), List.of(Roles.QUALITY));

    private final String path;
    private final String label;
    private final List<String> drafters;
    private final List<String> owners;

    AgreementKind(String path, String label, List<String> drafters, List<String> owners) {
        this.path = path;
        this.label = label;
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
