package com.partnershipgovernance.agreement.quality.domain;

/** The GMP areas a quality agreement assigns to the sponsor, the partner or both (issue 5). */
public enum ResponsibilityArea {
    DOCUMENTATION,
    CHANGE_CONTROL,
    DEVIATIONS,
    OOS_INVESTIGATIONS,
    CAPA,
    AUDITS,
    BATCH_RECORD_REVIEW,
    BATCH_RELEASE_QP_CERTIFICATION,
    COMPLAINTS,
    RECALLS,
    SUBCONTRACTING,
    STABILITY,
    RAW_MATERIAL_SUPPLIER_QUALIFICATION,
    DATA_INTEGRITY
}
