package com.partnershipgovernance.platform.testing.events;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consuming service's side of the event contracts: the records it reads other services' events into, found
 * in its main code (every record whose class literal is passed to {@code InboundEvent.dataAs}), each named by
 * the test with the event type(s) it is read from and checked against the producer's documentation.
 * <pre>{@code
 * InboundContracts.of("com.partnershipgovernance.risk")
 *         .reads("deviation.reported", "RuleEvents.DeviationEvent")
 *         .reads("deviation.classified", "RuleEvents.DeviationEvent")
 *         .assertDocumented();
 * }</pre>
 * Fails, listing everything at once, when a record reads a field its producer does not document, when a record
 * the code reads events into is named for no event (a new consumer the check would miss), or when a named
 * record is no longer read by any consumer. Records are named as {@code Outer.Record} (the class name after
 * its package), so package-private records of any package can be named.
 */
public final class InboundContracts {

    private static final String INBOUND_EVENT = "com.partnershipgovernance.platform.inbox.InboundEvent";

    private final EventCatalogue catalogue = EventCatalogue.load();
    private final Set<Class<?>> readByConsumers;
    private final Map<String, List<String>> eventsByRecord = new LinkedHashMap<>();

    private InboundContracts(Set<Class<?>> readByConsumers) {
        this.readByConsumers = readByConsumers;
    }

    /** The records the main code under {@code basePackage} reads inbound events into. */
    public static InboundContracts of(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        Set<Class<?>> records = new LinkedHashSet<>();
        for (JavaClass javaClass : classes) {
            for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                boolean readsEvents = codeUnit.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTarget().getOwner().getFullName().equals(INBOUND_EVENT)
                                && call.getTarget().getName().equals("dataAs"));
                if (readsEvents) {
                    codeUnit.getReferencedClassObjects().stream().map(literal -> literal.getRawType().reflect())
                            .filter(Class::isRecord).forEach(records::add);
                }
            }
        }
        return new InboundContracts(records);
    }

    /** The record named {@code record} ({@code Outer.Record}) is read from {@code eventType}'s data. */
    public InboundContracts reads(String eventType, String record) {
        eventsByRecord.computeIfAbsent(record, name -> new ArrayList<>()).add(eventType);
        return this;
    }

    /** Every record read from events is named for its events and reads only documented fields. */
    public void assertDocumented() {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        readByConsumers.forEach(type -> byName.put(nameOf(type), type));
        byName.keySet().stream().filter(name -> !eventsByRecord.containsKey(name))
                .forEach(name -> problems.add(name + " is read from events but named for none"));
        eventsByRecord.forEach((name, types) -> {
            Class<?> record = byName.get(name);
            if (record == null) {
                problems.add(name + " is named but no consumer reads events into it (read: " + byName.keySet() + ")");
                return;
            }
            for (String type : types) {
                try {
                    catalogue.event(type).assertReadableAs(record.asSubclass(Record.class));
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** {@code Outer.Record}: the binary name after the package, nesting written with a dot. */
    private static String nameOf(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }
}
