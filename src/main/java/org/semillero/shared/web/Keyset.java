package org.semillero.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keyset (cursor) paging: a page is "the next {@code size} rows after (or before) this row in
 * this order", not "rows 40 to 59", so rows added or removed while someone pages through a list
 * neither repeat nor hide the rows they had not seen yet. Every order is a key plus the row id
 * as tie-break; a cursor names the order, the direction and the key and id of the row a page
 * ended (or began) with, and is opaque to clients.
 */
public final class Keyset {

    public static final int DEFAULT_SIZE = 20;

    private Keyset() {
    }

    /**
     * One order of a list: its name (as in {@code sort=}), the SQL expression of its key and
     * that key's SQL type, the direction, and the id column that breaks ties.
     */
    public record Order(String name, String key, String type, boolean descending, String id) {
    }

    /** A position in an order: after (or, {@code before}, before) the row with this key and id. */
    public record Cursor(String order, boolean before, String key, long id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (order + "|" + (before ? "b" : "a") + "|" + id + "|" + key).getBytes(StandardCharsets.UTF_8));
        }

        /** A cursor this order gave out; anything else (edited, from another order) is a 400 naming {@code cursor}. */
        public static Cursor decode(String text, Order order) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                        .split("\\|", 4);
                if (parts.length == 4 && parts[0].equals(order.name()) && (parts[1].equals("a") || parts[1].equals("b"))
                        && parts[3].length() <= 400) {
                    return new Cursor(parts[0], parts[1].equals("b"), parts[3], Long.parseLong(parts[2]));
                }
            } catch (IllegalArgumentException e) {
                // falls through to the refusal
            }
            throw DomainException.invalid(List.of(FieldError.of("cursor", "validation.cursor")));
        }
    }

    /** A page: its rows in the list's order, and the cursors of the pages after and before it (null at an end). */
    public record Slice<T>(List<T> items, String next, String previous) {
    }

    /** The ids of a page, in order, with the cursors around it and (first page only) the number of matches. */
    public record Ids(List<Long> ids, Long total, String next, String previous) {
    }

    /**
     * Reads one page of ids: {@code from} is the SQL from and where clauses (aliases as in the
     * order's expressions), {@code params} their parameters. The first page counts the matches in
     * the same scan; later pages only read on from the cursor.
     */
    public static Ids ids(jakarta.persistence.EntityManager em, String from, Map<String, Object> params, Order order,
                          String cursorText, int size) {
        Cursor cursor = Cursor.decode(cursorText, order);
        Map<String, Object> all = new java.util.HashMap<>(params);
        String past = condition(order, cursor, all);
        jakarta.persistence.Query query = em.createNativeQuery("select " + order.id() + ", " + keyColumn(order) + ", "
                + (cursor == null ? "count(*) over ()" : "0") + " " + from + " and " + past
                + " order by " + orderBy(order, cursor) + " limit :limit");
        all.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("limit", size + 1).getResultList();
        Long total = cursor != null ? null : rows.isEmpty() ? 0L : ((Number) rows.get(0)[2]).longValue();
        Slice<Object[]> slice = slice(rows, size, order, cursor, row -> (String) row[1], row -> ((Number) row[0]).longValue());
        return new Ids(slice.items().stream().map(row -> ((Number) row[0]).longValue()).toList(), total, slice.next(),
                slice.previous());
    }

    /** The answer with {@code body}, and a {@code Link: <…>; rel="next"} header when there is a next page. */
    public static jakarta.ws.rs.core.Response page(Object body, String next, jakarta.ws.rs.core.UriInfo uri) {
        jakarta.ws.rs.core.Response.ResponseBuilder response = jakarta.ws.rs.core.Response.ok(body);
        if (next != null) {
            java.net.URI link = uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
            response.header("Link", "<" + link.getRawPath() + "?" + link.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** Page size from a query parameter: 1–{@value Paging#MAX_SIZE}, else a 400 naming {@code size}. */
    public static int size(String size, int fallback) {
        return Paging.parse(null, size, fallback).size();
    }

    /** The SQL condition that keeps the rows past the cursor; binds {@code cursorKey} and {@code cursorId}. */
    public static String condition(Order order, Cursor cursor, Map<String, Object> params) {
        if (cursor == null) {
            return "true";
        }
        boolean towardsEnd = !cursor.before();
        String op = order.descending() == towardsEnd ? "<" : ">";
        params.put("cursorKey", cursor.key());
        params.put("cursorId", cursor.id());
        return "(" + order.key() + ", " + order.id() + ") " + op + " (cast(:cursorKey as " + order.type() + "), :cursorId)";
    }

    /** ORDER BY for the direction of travel (reversed when going back; {@link #slice} turns it round again). */
    public static String orderBy(Order order, Cursor cursor) {
        boolean descending = order.descending() != (cursor != null && cursor.before());
        String direction = descending ? " desc" : " asc";
        return order.key() + direction + ", " + order.id() + direction;
    }

    /** The SELECT column that gives a row's key as text, for its cursor. */
    public static String keyColumn(Order order) {
        return "cast(" + order.key() + " as text)";
    }

    /**
     * Builds the page from the rows fetched with {@code limit size + 1}: one extra row tells
     * whether there is more in the direction of travel.
     */
    public static <T> Slice<T> slice(List<T> fetched, int size, Order order, Cursor cursor,
                                     Function<T, String> keyOf, ToLongFunction<T> idOf) {
        boolean more = fetched.size() > size;
        List<T> rows = new ArrayList<>(more ? fetched.subList(0, size) : fetched);
        boolean back = cursor != null && cursor.before();
        if (back) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Slice<>(rows, null, null);
        }
        T first = rows.get(0);
        T last = rows.get(rows.size() - 1);
        boolean hasNext = back || more;
        boolean hasPrevious = back ? more : cursor != null;
        String next = hasNext ? new Cursor(order.name(), false, keyOf.apply(last), idOf.applyAsLong(last)).encode() : null;
        String previous = hasPrevious
                ? new Cursor(order.name(), true, keyOf.apply(first), idOf.applyAsLong(first)).encode() : null;
        return new Slice<>(rows, next, previous);
    }
}
