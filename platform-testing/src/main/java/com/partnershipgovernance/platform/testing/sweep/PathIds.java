package com.partnershipgovernance.platform.testing.sweep;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a path template with ids of real records, so that a probe reaches validation rather than
 * stopping at 404: a parameter takes the id given for the collection segment before it
 * ({@code /partners/{id}/sites/{siteId}} takes the ids given for {@code partners} and {@code sites}),
 * else the id given for its own name, else a random UUID.
 */
final class PathIds {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final Map<String, String> byCollection;
    private final Random random;

    PathIds(Map<String, String> byCollection, Random random) {
        this.byCollection = byCollection;
        this.random = random;
    }

    /** {@code template} filled in, with {@code replacement} (when not null) for parameter {@code target}. */
    String fill(String template, String target, String replacement) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(target) && replacement != null ? replacement : idFor(template, m.start(), name);
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private String idFor(String template, int parameterStart, String name) {
        String before = template.substring(0, Math.max(0, parameterStart - 1));
        String collection = before.substring(before.lastIndexOf('/') + 1);
        String id = byCollection.get(collection);
        if (id == null) {
            id = byCollection.get(name);
        }
        return id != null ? id : new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
