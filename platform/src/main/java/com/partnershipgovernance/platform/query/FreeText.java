package com.partnershipgovernance.platform.query;

import java.util.Locale;
import java.util.Optional;

/**
 * A free-text filter ({@code ?q=...}) as a case-insensitive "contains" match in HQL. What the user typed is
 * matched literally: {@code %} and {@code _} are LIKE wildcards in SQL, so unescaped {@code q=%} would match
 * every row; they (and the escape character itself) are escaped here, and the condition names the escape
 * character explicitly rather than relying on the database's default.
 *
 * <pre>{@code
 * FreeText.of(q).ifPresent(text -> {
 *     where.append(" and ").append(text.condition("legalName", "text"));
 *     parameters.and("text", text.pattern());
 * });
 * }</pre>
 */
public final class FreeText {

    /** The LIKE escape character; {@code !} needs no quoting in HQL or SQL string literals. */
    public static final char ESCAPE = '!';

    private final String text;

    private FreeText(String text) {
        this.text = text;
    }

    /** The filter, or empty when nothing (or only white space) was typed. */
    public static Optional<FreeText> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FreeText(typed.strip().toLowerCase(Locale.ROOT)));
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped, so it matches only itself. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The HQL condition: {@code lower(<attribute>) like :<parameter> escape '!'}. */
    public String condition(String attribute, String parameter) {
        return "lower(" + attribute + ") like :" + parameter + " escape '" + ESCAPE + "'";
    }

    /** The value to bind to the condition's parameter: the typed text, lower case, escaped, anywhere. */
    public String pattern() {
        return "%" + escape(text) + "%";
    }
}
