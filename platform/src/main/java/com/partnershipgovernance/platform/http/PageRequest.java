package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.problem.ValidationException;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/** Paging and sorting query parameters: {@code ?page=0&size=50&sort=legalName} ({@code -legalName} descends). */
public class PageRequest {

    /**
     * The last page a client may ask for: far beyond any real list (500 million items at the largest page size), and
     * low enough that the first item's offset (page x size) always fits the database's limit.
     */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    @Parameter(description = "page number, from 0 to " + MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be between 1 and 500")
    @Max(value = 500, message = "must be between 1 and 500")
    @Parameter(description = "items per page, 1 to 500")
    int size;

    @QueryParam("sort")
    @Parameter(description = "field to sort by; prefix with - to descend", example = "legalName")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /**
     * The requested sort, from the fields the resource allows (JSON name to entity attribute).
     *
     * @throws ValidationException naming {@code sort} when the field is not one of them
     */
    public Sort sort(Map<String, String> allowed, String defaultField) {
        String requested = sort == null || sort.isBlank() ? defaultField : sort.strip();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String attribute = allowed.get(field);
        if (attribute == null) {
            throw new ValidationException("sort", "must be one of " + allowed.keySet().stream().sorted().toList()
                    + ", optionally prefixed with -");
        }
        return descending ? Sort.descending(attribute) : Sort.ascending(attribute);
    }
}
