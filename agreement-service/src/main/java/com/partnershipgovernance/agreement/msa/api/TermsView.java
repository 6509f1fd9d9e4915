package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.shared.api.MoneyView;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Pieces of an MSA version's terms as the API shows them. */
public final class TermsView {

    private TermsView() {
    }

    /** Net payment days and currency. */
    @Schema(name = "PaymentTermsView")
    public record PaymentTermsView(@Schema(example = "45") int days, @Schema(example = "EUR") String currency) {
    }


    /** A referenced document. */
    @Schema(name = "DocumentReferenceView")
    public record DocumentView(@Schema(example = "MSA signed copy") String title,
                               @Schema(example = "https://dms.example.com/contracts/msa-acme-2027.pdf") String uri,
                               String sha256) {
    }

    static PaymentTermsView payment(MsaTerms terms) {
        return new PaymentTermsView(terms.paymentTerms().days(), terms.paymentTerms().currency());
    }

    static MoneyView liabilityCap(MsaTerms terms) {
        return MoneyView.of(terms.liabilityCap());
    }

    static List<DocumentView> documents(MsaTerms terms) {
        return terms.documents().stream().map(TermsView::document).toList();
    }

    private static DocumentView document(DocumentReference d) {
        return new DocumentView(d.title(), d.uri(), d.sha256());
    }

}
