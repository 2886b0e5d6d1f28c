package org.semillero.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many officers voted, overall and by department, never who voted for what, and never a
 * group small enough to single a person out: departments with fewer than {@code minGroup}
 * voters are merged into "other departments"; if that group is itself too small, the next
 * smallest departments join it (so no small count can be recovered by subtraction from the
 * total); if everything together is too small, no count is shown at all.
 *
 * @param voters         all voters, or null when fewer than {@code minGroup}
 * @param byDepartment   departments with at least {@code minGroup} voters, largest first
 * @param otherDepartments voters of the merged departments, or null when there are none
 * @param minGroup       the threshold in force
 */
public record Turnout(Long voters, Map<String, Long> byDepartment, Long otherDepartments, int minGroup) {

    public static Turnout of(Map<String, Long> counts, int minGroup) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total < minGroup) {
            return new Turnout(null, Map.of(), null, minGroup);
        }
        List<Map.Entry<String, Long>> shown = new ArrayList<>(counts.entrySet());
        shown.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long other = 0;
        for (var it = shown.iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> group = it.next();
            if (group.getValue() < minGroup || group.getKey().isEmpty()) {
                other += group.getValue();
                it.remove();
            }
        }
        shown.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        while (other > 0 && other < minGroup && !shown.isEmpty()) {
            other += shown.remove(0).getValue();
        }
        Map<String, Long> byDepartment = new LinkedHashMap<>();
        shown.stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> byDepartment.put(e.getKey(), e.getValue()));
        return new Turnout(total, byDepartment, other == 0 ? null : other, minGroup);
    }
}
