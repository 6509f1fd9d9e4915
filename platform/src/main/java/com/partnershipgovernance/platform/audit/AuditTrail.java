package com.partnershipgovernance.platform.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Envers revisions of a record and answers them field by field: who, when, why,
 * and each field's old and new value.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    private final ObjectMapper fieldMapper;

    @Inject
    public AuditTrail(ObjectMapper mapper) {
        // entities keep private fields without bean getters: read the fields themselves
        this.fieldMapper = mapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    }

    /** The history of the {@code type} record with {@code id}, oldest revision first. */
    @Transactional
    public AuditHistory historyOf(Class<?> type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditHistory.Entry> entries = new ArrayList<>();
        Map<String, JsonNode> previous = Map.of();
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, JsonNode> current = revisionType == RevisionType.DEL ? Map.of() : snapshot(row[0]);
            entries.add(new AuditHistory.Entry(revision.id(), revision.at(), revision.actorId(),
                    revision.actorName(), revision.reason(), operation(revisionType), diff(previous, current)));
            previous = current;
        }
        return new AuditHistory(entries);
    }

    private static String operation(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "UPDATED";
            case DEL -> "DELETED";
        };
    }

    private static List<AuditHistory.FieldChange> diff(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditHistory.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = before.getOrDefault(field, NullNode.getInstance());
            JsonNode to = after.getOrDefault(field, NullNode.getInstance());
            if (!from.equals(to)) {
                changes.add(new AuditHistory.FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private Map<String, JsonNode> snapshot(Object entity) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!isAuditedValue(field)) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    values.putIfAbsent(field.getName(), toJson(field.get(entity)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read " + field, e);
                }
            }
        }
        return values;
    }

    private static boolean isAuditedValue(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isSynthetic() && !field.getName().startsWith("$$")
                && !field.isAnnotationPresent(Transient.class) && !field.isAnnotationPresent(NotAudited.class)
                && !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(Id.class);
    }

    private JsonNode toJson(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (isEntity(value)) {
            return fieldMapper.valueToTree(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value));
        }
        if (value instanceof Collection<?> collection) {
            List<JsonNode> elements = new ArrayList<>();
            collection.forEach(element -> elements.add(toJson(element)));
            if (value instanceof Set<?>) {
                // a set has no order: sort it, so that only real changes show as changes
                elements.sort(java.util.Comparator.comparing(JsonNode::toString));
            }
            ArrayNode array = fieldMapper.createArrayNode();
            elements.forEach(array::add);
            return array;
        }
        return fieldMapper.valueToTree(value);
    }

    private static boolean isEntity(Object value) {
        return value instanceof HibernateProxy || value.getClass().isAnnotationPresent(Entity.class);
    }
}
