package org.spinepath.content.service;

import java.util.List;

/** One page of a longer list. Pages are numbered from 0. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
