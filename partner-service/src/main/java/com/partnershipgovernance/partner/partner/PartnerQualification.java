package com.partnershipgovernance.partner.partner;

import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.partner.domain.QualificationChange;
import com.partnershipgovernance.partner.partner.domain.QualificationChangeRepository;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.partner.partner.events.PartnerEvents;
import com.partnershipgovernance.partner.partner.events.PartnerQualificationChanged;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moves partners through their qualification lifecycle: checks the caller's precondition, has
 * approvals signed by quality, keeps each move as history and announces it with
 * {@code partner.qualification-changed}, all in one transaction.
 */
@ApplicationScoped
public class PartnerQualification {

    @Inject
    PartnerRepository partners;

    @Inject
    QualificationChangeRepository changes;

    @Inject
    EventOutbox outbox;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Partner change(UUID partnerId, String ifMatch, QualificationStatus to, String reason,
                          SignatureMeaning meaning) {
        Partner partner = partners.findActive(partnerId)
                .orElseThrow(() -> RecordNotFoundException.of("Partner", partnerId));
        Preconditions.requireIfMatch(ifMatch, partner.version());
        changeContext.because(reason);
        QualificationChange change = partner.changeQualification(to, reason, caller.subject(), caller.name(),
                () -> signatures.sign(signedContent(partner, to), partner.version(), requireMeaning(meaning),
                        Set.of(Roles.QUALITY)),
                clock.instant());
        changes.persist(change);
        partners.flush();
        outbox.publish(PartnerEvents.TOPIC, PartnerEvents.QUALIFICATION_CHANGED, PartnerEvents.AGGREGATE,
                partner.id(), PartnerQualificationChanged.of(change));
        return partner;
    }

    /** What an approver signs: the partner as it is approved. */
    public static Map<String, Object> signedContent(Partner partner, QualificationStatus approvedAs) {
        return Map.of("partnerId", partner.id(), "legalName", partner.legalName(), "type", partner.type(),
                "qualificationStatus", approvedAs);
    }

    private static SignatureMeaning requireMeaning(SignatureMeaning meaning) {
        if (meaning == null) {
            throw new ValidationException("signature.meaning", "is required to approve a partner");
        }
        return meaning;
    }
}
