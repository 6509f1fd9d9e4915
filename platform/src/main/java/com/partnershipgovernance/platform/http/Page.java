package com.partnershipgovernance.platform.http;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** The paging envelope of every collection: {@code { "items": [...], "page": 0, "size": 50, "total": 123 }}. */
@Schema(name = "Page")
public record Page<T>(List<T> items,
                      @Schema(example = "0") int page,
                      @Schema(example = "50") int size,
                      @Schema(example = "123") long total) {

    /** One page of {@code query}, each entity mapped to its representation. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> representation) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list().stream().map(representation).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }
}
