package com.partnershipgovernance.deploy.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, a null
 * value deletes, and in built-in kinds lists of named items (containers, env, volumes,
 * volumeMounts, ports) merge by name. Custom resources have no merge keys, so their lists are
 * replaced, as kustomize does for them.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    /** {@code target} with {@code patch} applied; the patch's own name and namespace do not apply. */
    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> effective = deepCopy(patch);
        Map<String, Object> metadata = Manifest.asMap(effective.get("metadata"));
        if (metadata != null) {
            metadata.remove("name");
            metadata.remove("namespace");
        }
        String apiVersion = String.valueOf(target.get("apiVersion"));
        boolean builtIn = !apiVersion.contains(".");
        return merge(deepCopy(target), effective, builtIn);
    }

    private static Map<String, Object> merge(Map<String, Object> target, Map<String, Object> patch, boolean builtIn) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object change = entry.getValue();
            if (change == null) {
                target.remove(entry.getKey());
            } else if (current instanceof Map<?, ?> && change instanceof Map<?, ?>) {
                target.put(entry.getKey(), merge(Manifest.asMap(current), Manifest.asMap(change), builtIn));
            } else if (builtIn && current instanceof List<?> items && change instanceof List<?> changes
                    && named(items) && named(changes)) {
                target.put(entry.getKey(), mergeByName(items, changes));
            } else {
                target.put(entry.getKey(), change);
            }
        }
        return target;
    }

    private static List<Object> mergeByName(List<?> items, List<?> changes) {
        List<Object> merged = new ArrayList<>(items);
        for (Object change : changes) {
            Map<String, Object> changeMap = Manifest.asMap(change);
            int index = indexOf(merged, changeMap.get("name"));
            if (index < 0) {
                merged.add(change);
            } else {
                merged.set(index, merge(Manifest.asMap(merged.get(index)), changeMap, true));
            }
        }
        return merged;
    }

    private static int indexOf(List<Object> items, Object name) {
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(Manifest.asMap(items.get(i)).get("name"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean named(List<?> items) {
        return items.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }
}
