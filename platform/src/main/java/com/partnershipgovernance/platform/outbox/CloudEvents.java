package com.partnershipgovernance.platform.outbox;

/**
 * The CloudEvents 1.0 Kafka binary-mode headers of EVENTS.md, and how short types become {@code ce_type}.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    private static final String TYPE_PREFIX = "com.partnershipgovernance.";

    private CloudEvents() {
    }

    /** {@code partner.registered} becomes {@code com.partnershipgovernance.partner.registered.v1}. */
    public static String typeOf(String shortType, int version) {
        return TYPE_PREFIX + shortType + ".v" + version;
    }

    /** The short type of a {@code ce_type} of this platform, or {@code null} when it is not one. */
    public static String shortTypeOf(String ceType) {
        if (ceType == null || !ceType.startsWith(TYPE_PREFIX)) {
            return null;
        }
        String rest = ceType.substring(TYPE_PREFIX.length());
        int versionDot = rest.lastIndexOf(".v");
        return versionDot > 0 ? rest.substring(0, versionDot) : rest;
    }
}
