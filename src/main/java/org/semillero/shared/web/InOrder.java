package org.semillero.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Puts entities loaded by id back in the order a ranked query returned the ids. */
public final class InOrder {

    private InOrder() {
    }

    /** Loads the entities of {@code ids} (nothing to load for none) and returns them in that order. */
    public static <T> List<T> load(List<Long> ids, Function<List<Long>, List<T>> loader, Function<T, Long> idOf) {
        return ids.isEmpty() ? List.of() : of(ids, loader.apply(ids), idOf);
    }

    public static <T> List<T> of(List<Long> ids, List<T> found, Function<T, Long> idOf) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<T> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(item -> position.get(idOf.apply(item))));
        return sorted;
    }
}
