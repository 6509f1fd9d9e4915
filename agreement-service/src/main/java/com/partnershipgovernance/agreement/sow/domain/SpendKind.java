package com.partnershipgovernance.agreement.sow.domain;

/**
 * What an ERP posts against a SOW: an INVOICE is money spent; a PURCHASE_ORDER is money committed (not yet
 * spent), kept apart so that a PO and the invoices raised against it are not counted twice.
 */
public enum SpendKind {
    INVOICE, PURCHASE_ORDER
}
