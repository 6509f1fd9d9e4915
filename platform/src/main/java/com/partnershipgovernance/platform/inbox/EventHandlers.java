package com.partnershipgovernance.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Which handler applies which short event type; events of other types are skipped and recorded as such. */
public final class EventHandlers {

    private final Map<String, Consumer<InboundEvent>> handlers = new LinkedHashMap<>();

    public static EventHandlers create() {
        return new EventHandlers();
    }

    /** Applies events of {@code shortType} (e.g. {@code partner.registered}) with {@code handler}. */
    public EventHandlers on(String shortType, Consumer<InboundEvent> handler) {
        handlers.put(shortType, handler);
        return this;
    }

    Optional<Consumer<InboundEvent>> handlerFor(String shortType) {
        return Optional.ofNullable(handlers.get(shortType));
    }
}
