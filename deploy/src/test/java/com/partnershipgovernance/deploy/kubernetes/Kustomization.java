package com.partnershipgovernance.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl apply -k} would, for the features the manifests use:
 * resources (files and directories), secretGenerator literals with stable names, strategic-merge
 * patches (by identity or by target kind, name and label selector), images and namespace. Anything
 * else in a kustomization.yaml is refused, so the test never checks something other than what
 * Kubernetes gets.
 */
final class Kustomization {

    static final String FILE = "kustomization.yaml";
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "images", "secretGenerator", "generatorOptions");

    private final Path directory;
    private final Map<String, Object> content;

    private Kustomization(Path directory) {
        this.directory = directory;
        List<Object> documents = YamlFiles.documents(directory.resolve(FILE));
        if (documents.size() != 1 || Manifest.asMap(documents.get(0)) == null) {
            throw new IllegalArgumentException(directory.resolve(FILE) + " must hold one mapping");
        }
        this.content = Manifest.asMap(documents.get(0));
        Set<String> unsupported = new java.util.TreeSet<>(content.keySet());
        unsupported.removeAll(SUPPORTED);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(directory.resolve(FILE) + " uses " + unsupported
                    + ", which this test cannot render");
        }
    }

    static Kustomization in(Path directory) {
        return new Kustomization(directory);
    }

    /** The files and directories it refers to (resources and patches), resolved. */
    List<Path> references() {
        List<Path> references = new ArrayList<>(resources());
        for (Map<String, Object> patch : maps("patches")) {
            references.add(directory.resolve(String.valueOf(patch.get("path"))).normalize());
        }
        return references;
    }

    private List<Path> resources() {
        return strings("resources").stream().map(r -> directory.resolve(r).normalize()).toList();
    }

    /** The objects it produces. */
    List<Manifest> render() {
        List<Manifest> objects = new ArrayList<>();
        for (Path resource : resources()) {
            objects.addAll(Files.isDirectory(resource) ? in(resource).render() : YamlFiles.manifests(resource));
        }
        objects.addAll(generatedSecrets());
        requireUniqueIdentities(objects);
        for (Map<String, Object> patch : maps("patches")) {
            applyPatch(objects, patch);
        }
        for (Map<String, Object> image : maps("images")) {
            objects.replaceAll(object -> withImage(object, image));
        }
        Object namespace = content.get("namespace");
        if (namespace != null) {
            objects.replaceAll(object -> inNamespace(object, namespace.toString()));
        }
        return objects;
    }

    private List<Manifest> generatedSecrets() {
        List<Manifest> secrets = new ArrayList<>();
        List<Map<String, Object>> generators = maps("secretGenerator");
        if (!generators.isEmpty() && !Boolean.TRUE.equals(Manifest.at(content, "generatorOptions",
                "disableNameSuffixHash"))) {
            // CloudNativePG refers to secrets by name and kustomize does not rewrite those references
            throw new IllegalArgumentException(directory + ": generated secrets need disableNameSuffixHash");
        }
        for (Map<String, Object> generator : generators) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object literal : listAt(generator, "literals")) {
                String[] keyValue = literal.toString().split("=", 2);
                data.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
            }
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("apiVersion", "v1");
            secret.put("kind", "Secret");
            secret.put("metadata", new LinkedHashMap<>(Map.of("name", generator.get("name"))));
            secret.put("type", generator.getOrDefault("type", "Opaque"));
            secret.put("stringData", data);
            secrets.add(new Manifest(secret, directory.resolve(FILE)));
        }
        return secrets;
    }

    private void applyPatch(List<Manifest> objects, Map<String, Object> entry) {
        Path file = directory.resolve(String.valueOf(entry.get("path")));
        Map<String, Object> target = Manifest.asMap(entry.get("target"));
        for (Object document : YamlFiles.documents(file)) {
            Map<String, Object> patch = Manifest.asMap(document);
            if (patch == null) {
                throw new IllegalArgumentException(file + ": only strategic-merge patches are supported");
            }
            Manifest patchManifest = new Manifest(patch, file);
            int matched = 0;
            for (int i = 0; i < objects.size(); i++) {
                Manifest object = objects.get(i);
                if (target == null ? sameIdentity(object, patchManifest) : selects(target, object)) {
                    objects.set(i, new Manifest(StrategicMerge.apply(object.content(), patch), object.source()));
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalArgumentException(file + " patches nothing");
            }
        }
    }

    private static boolean sameIdentity(Manifest object, Manifest patch) {
        return object.kind().equals(patch.kind()) && object.name().equals(patch.name());
    }

    private static boolean selects(Map<String, Object> target, Manifest object) {
        Object kind = target.get("kind");
        Object name = target.get("name");
        Object selector = target.get("labelSelector");
        if (kind != null && !kind.equals(object.kind())) {
            return false;
        }
        if (name != null && !object.name().matches(name.toString())) {
            return false;
        }
        if (selector != null) {
            for (String requirement : selector.toString().split(",")) {
                String[] keyValue = requirement.trim().split("=", 2);
                if (keyValue.length != 2 || !keyValue[1].equals(String.valueOf(object.labels().get(keyValue[0])))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Manifest withImage(Manifest object, Map<String, Object> image) {
        List<Object> containers = object.list("spec", "template", "spec", "containers");
        if (containers == null) {
            return object;
        }
        for (Object item : containers) {
            Map<String, Object> container = Manifest.asMap(item);
            String current = String.valueOf(container.get("image"));
            int colon = current.lastIndexOf(':');
            String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
            String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
            if (name.equals(image.get("name"))) {
                String newName = String.valueOf(image.getOrDefault("newName", name));
                Object newTag = image.getOrDefault("newTag", tag);
                container.put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
        return object;
    }

    private static Manifest inNamespace(Manifest object, String namespace) {
        if (!"Namespace".equals(object.kind())) {
            Manifest.asMap(object.content().get("metadata")).put("namespace", namespace);
        }
        return object;
    }

    private static void requireUniqueIdentities(List<Manifest> objects) {
        Set<String> seen = new java.util.HashSet<>();
        for (Manifest object : objects) {
            if (!seen.add(object.kind() + "/" + object.name())) {
                throw new IllegalArgumentException("two " + object.kind() + " named " + object.name());
            }
        }
    }

    private List<String> strings(String key) {
        return listAt(content, key).stream().map(Object::toString).toList();
    }

    private List<Map<String, Object>> maps(String key) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : listAt(content, key)) {
            Map<String, Object> map = Manifest.asMap(item);
            if (map == null) {
                throw new IllegalArgumentException(directory.resolve(FILE) + ": " + key + " holds " + item);
            }
            maps.add(map);
        }
        return maps;
    }

    private static List<Object> listAt(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return new ArrayList<>(list);
    }
}
