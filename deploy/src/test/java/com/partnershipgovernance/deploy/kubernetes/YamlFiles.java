package com.partnershipgovernance.deploy.kubernetes;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the YAML documents of manifest files. */
final class YamlFiles {

    private YamlFiles() {
    }

    /** Every document of {@code file} as a manifest; fails on invalid YAML or a document that is not a mapping. */
    static List<Manifest> manifests(Path file) {
        List<Manifest> manifests = new ArrayList<>();
        for (Object document : documents(file)) {
            Map<String, Object> content = Manifest.asMap(document);
            if (content == null) {
                throw new IllegalArgumentException(file + ": a document is not a mapping but " + document);
            }
            manifests.add(new Manifest(content, file));
        }
        return manifests;
    }

    /** The non-empty documents of {@code file}, parsed. */
    static List<Object> documents(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Object> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Every {@code .yaml}/{@code .yml} file under {@code directory}. */
    static List<Path> under(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
