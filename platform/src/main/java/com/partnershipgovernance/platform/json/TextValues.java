package com.partnershipgovernance.platform.json;

/**
 * Text the platform refuses to store: a NUL character (PostgreSQL cannot hold it in text, and no person types it) and
 * invalid Unicode (a lone surrogate, which would be stored as {@code ?}).
 */
public final class TextValues {

    private TextValues() {
    }

    /** Why {@code text} cannot be stored as sent, or {@code null} if it can. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (it holds a lone surrogate)";
            }
        }
        return null;
    }
}
