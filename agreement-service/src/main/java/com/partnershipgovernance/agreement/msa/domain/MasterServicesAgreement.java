package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A master services agreement with a partner: the legal and financial framework under which SOWs are
 * placed. Its content lives in numbered {@link MsaVersion}s with the shared agreement lifecycle of
 * {@link VersionedAgreement}.
 */
@Entity
@Table(name = "msa")
@Audited
public class MasterServicesAgreement extends VersionedAgreement<MsaVersion, MsaTerms> {

    @NotAudited
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "msa", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<MsaVersion> versions = new ArrayList<>();

    protected MasterServicesAgreement() {
    }

    private MasterServicesAgreement(UUID partnerId, MsaTerms terms, Instant now) {
        super(partnerId, now);
        start(terms, now);
    }

    /** Drafts a new agreement with a partner: version 1, DRAFT. */
    public static MasterServicesAgreement draft(UUID partnerId, MsaTerms terms, Instant now) {
        return new MasterServicesAgreement(partnerId, terms, now);
    }

    @Override
    public AgreementKind agreementKind() {
        return AgreementKind.MSA;
    }

    @Override
    protected List<MsaVersion> versionList() {
        return versions;
    }

    @Override
    protected MsaVersion newVersion(int number, MsaTerms terms, String amendmentReason, Instant now) {
        return new MsaVersion(this, number, terms, amendmentReason, now);
    }
}
