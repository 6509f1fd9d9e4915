package com.partnershipgovernance.partner.partner.api;

import com.partnershipgovernance.partner.partner.PartnerQualification;
import com.partnershipgovernance.partner.partner.domain.Partner;
import com.partnershipgovernance.partner.partner.domain.QualificationChange;
import com.partnershipgovernance.partner.partner.domain.QualificationStatus;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One move in a partner's qualification history. */
@Schema(name = "QualificationChange")
public record QualificationChangeView(QualificationStatus from, QualificationStatus to,
                                      @Schema(example = "Qualification audit closed") String reason,
                                      @Schema(example = "u-1234") String changedBy,
                                      @Schema(example = "Dana Quality") String changedByName,
                                      Instant changedAt,
                                      SignatureView signature) {

    static QualificationChangeView of(QualificationChange c, Partner partner) {
        return new QualificationChangeView(c.from(), c.to(), c.reason(), c.changedBy(), c.changedByName(),
                c.changedAt(), ElectronicSignatures.view(c.signature(),
                PartnerQualification.signedContent(partner, c.to())));
    }

    /** The history envelope. */
    @Schema(name = "QualificationHistory")
    public record History(List<QualificationChangeView> items) {
    }
}
