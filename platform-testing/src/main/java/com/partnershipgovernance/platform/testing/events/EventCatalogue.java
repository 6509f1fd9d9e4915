package com.partnershipgovernance.platform.testing.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events the producing services document in their {@code docs/events.md}: the one reader of those
 * documents. A document names its producer in its title ({@code # Events published by agreement-service}),
 * lists its events in a table {@code | event | topic | key |}, and gives each event a section
 * {@code ## <type>} with a field table {@code | `field` | type | meaning |} and a {@code ```json} example.
 * A document that breaks this shape, or whose example does not carry exactly the documented fields, is
 * refused when read, so a wrong example can never feed a consumer's test.
 * <p>
 * Producers' tests read their own file ({@link #of(Path)}) and check it against their payload records;
 * consumers' tests read every producer's document from this artifact ({@link #load()}), build their inbound
 * events from the documented examples ({@link #example(String)}) and check their inbound records against
 * the documented fields ({@link DocumentedEvent#assertReadableAs(Class)}).
 */
public final class EventCatalogue {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRODUCERS = List.of("partner-service", "agreement-service", "kpi-service",
            "risk-service");
    private static final Pattern TITLE = Pattern.compile("^# Events published by (\\S+)$");
    private static final Pattern CATALOGUE_ROW = Pattern.compile("^\\| `([a-z-]+\\.[a-z-]+)` \\| `([a-z.0-9-]+)` \\| `(\\w+)` \\|$");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Za-z][A-Za-z0-9]*)` \\|(.*)\\|$");
    private static final Pattern EVENT_HEADING = Pattern.compile("^## ([a-z-]+\\.[a-z-]+)$");

    private final Map<String, DocumentedEvent> events;

    private EventCatalogue(Map<String, DocumentedEvent> events) {
        this.events = events;
    }

    /** Every producer's {@code docs/events.md}, as packaged in platform-testing. */
    public static EventCatalogue load() {
        Map<String, DocumentedEvent> all = new LinkedHashMap<>();
        for (String producer : PRODUCERS) {
            String resource = "event-catalogue/" + producer + "/events.md";
            try (InputStream in = EventCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No " + resource + " on the class path");
                }
                all.putAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).events);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EventCatalogue(all);
    }

    /** One producer's document, e.g. {@code Path.of("docs/events.md")} in that producer's own tests. */
    public static EventCatalogue of(Path document) {
        try {
            return parse(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one producer's document; throws listing every way it breaks the expected shape. */
    public static EventCatalogue parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        String producer = lines.stream().map(TITLE::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("No title '# Events published by <service>'"));
        Map<String, String[]> catalogued = new LinkedHashMap<>();
        lines.stream().map(CATALOGUE_ROW::matcher).filter(Matcher::matches)
                .forEach(m -> catalogued.put(m.group(1), new String[] {m.group(2), m.group(3)}));
        Map<String, Section> sections = sections(lines);
        List<String> problems = new ArrayList<>();
        sections.keySet().stream().filter(type -> !catalogued.containsKey(type))
                .forEach(type -> problems.add("section ## " + type + " is not in the table | event | topic | key |"));
        Map<String, DocumentedEvent> events = new LinkedHashMap<>();
        catalogued.forEach((type, topicAndKey) -> {
            Section section = sections.get(type);
            if (section == null) {
                problems.add(type + " has no section ## " + type);
                return;
            }
            ObjectNode example = section.example(type, problems);
            DocumentedEvent event = new DocumentedEvent(producer, type, topicAndKey[0], topicAndKey[1],
                    List.copyOf(section.fields), example);
            problems.addAll(event.shapeProblems());
            events.put(type, event);
        });
        if (catalogued.isEmpty()) {
            problems.add("no table | event | topic | key |");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(producer + "'s docs/events.md: " + String.join("; ", problems));
        }
        return new EventCatalogue(events);
    }

    /** The documented event of {@code type} (e.g. {@code deviation.reported}); fails if none is documented. */
    public DocumentedEvent event(String type) {
        DocumentedEvent event = events.get(type);
        if (event == null) {
            throw new AssertionError("No producer documents " + type + "; documented: " + events.keySet());
        }
        return event;
    }

    /** A new event of {@code type} built from its documented example, to adjust and send. */
    public EventExample example(String type) {
        return event(type).example();
    }

    public Collection<DocumentedEvent> events() {
        return events.values();
    }

    /** Splits the document at {@code ## <type>} headings; a heading of any level ends a section. */
    private static Map<String, Section> sections(List<String> lines) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        StringBuilder fence = null;
        boolean json = false;
        for (String line : lines) {
            if (fence != null) {
                if (line.startsWith("```")) {
                    if (json && current != null && current.example == null) {
                        current.example = fence.toString();
                    }
                    fence = null;
                } else {
                    fence.append(line).append('\n');
                }
            } else if (line.startsWith("```")) {
                // a heading-like line inside a code block is not a heading
                fence = new StringBuilder();
                json = line.strip().equals("```json");
            } else if (line.startsWith("#")) {
                Matcher heading = EVENT_HEADING.matcher(line.strip());
                current = heading.matches() ? new Section() : null;
                if (current != null) {
                    sections.put(heading.group(1), current);
                }
            } else if (current != null) {
                Matcher row = FIELD_ROW.matcher(line.strip());
                if (row.matches()) {
                    String[] cells = row.group(2).split("\\|", 2);
                    current.fields.add(new DocumentedField(row.group(1), cells[0].strip(),
                            cells.length > 1 ? cells[1].strip() : ""));
                }
            }
        }
        return sections;
    }

    /** The text of one event's section: its field rows and its first {@code ```json} block. */
    private static final class Section {
        final List<DocumentedField> fields = new ArrayList<>();
        String example;

        ObjectNode example(String type, List<String> problems) {
            if (example == null) {
                problems.add(type + " has no ```json example");
                return JSON.createObjectNode();
            }
            try {
                JsonNode node = JSON.readTree(example);
                if (node instanceof ObjectNode object) {
                    return object;
                }
                problems.add(type + "'s example is not a JSON object");
            } catch (IOException e) {
                problems.add(type + "'s example is not JSON: " + e.getMessage());
            }
            return JSON.createObjectNode();
        }
    }
}
