package org.semillero.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.semillero.shared.security.Roles;
import org.semillero.shared.time.InstitutionClock;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * Citizens' signals: aggregates per service, month, source and measure, from a complaints or
 * ticketing system (role {@value Roles#SIGNAL_FEEDER}) or the innovation office. Sending the same
 * service, month, source and measure again replaces the value.
 */
@ApplicationScoped
public class SignalService {

    /** The earliest month accepted. */
    static final YearMonth FIRST = YearMonth.of(2000, 1);
    static final List<String> CSV_COLUMNS = List.of("service", "period", "source", "channel");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

    /** One month of one source for one service, as the API receives it. */
    public record SignalInput(String period, String source, String channel, Map<String, BigDecimal> measures) {
    }

    /** What happened to each measure: CREATED, or REPLACED with the value it replaced. */
    public record Stored(String measure, BigDecimal value, String status, BigDecimal previous) {
    }

    public record Receipt(String service, String period, String source, boolean replaced, List<Stored> measures) {
    }

    /** A month of one measure for a service (every source together) for charts and tables. */
    public record Point(LocalDate period, BigDecimal value) {
    }

    private final CatalogueService catalogue;
    private final BoundKpis kpis;
    private final InstitutionClock clock;

    SignalService(CatalogueService catalogue, BoundKpis kpis, InstitutionClock clock) {
        this.catalogue = catalogue;
        this.kpis = kpis;
        this.clock = clock;
    }

    /** Who may send signals: the feeder accounts and the innovation office. */
    public static void requireFeeder(Set<String> roles) {
        if (!roles.contains(Roles.SIGNAL_FEEDER) && !roles.contains(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("signals-forbidden");
        }
    }

    @Transactional
    public Receipt record(Set<String> roles, String sender, String code, SignalInput input) {
        requireFeeder(roles);
        PublicService service = catalogue.get(code);
        List<FieldError> errors = new ArrayList<>();
        Checked checked = check(input, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Receipt receipt = store(service, checked, sender);
        kpis.refresh(service.id());
        return receipt;
    }

    /** A CSV of signals: one row per service, month and source, a column per measure; all rows or none. */
    @Transactional
    public ImportReport importCsv(Set<String> roles, String sender, String csv, boolean dryRun) {
        requireFeeder(roles);
        CsvTable table;
        try {
            table = CsvTable.parse(csv);
        } catch (CsvTable.CsvException e) {
            return new ImportReport(dryRun, false, 0, 0, 0, List.of(),
                    List.of(new ImportReport.LineError(e.line, null, e.key, Map.of())));
        }
        List<ImportReport.LineError> errors = new ArrayList<>();
        List<String> known = new ArrayList<>(CSV_COLUMNS);
        for (Measure m : Measure.values()) {
            known.add(m.key);
        }
        table.personalColumn(known).ifPresent(column -> errors.add(new ImportReport.LineError(1, column,
                "import.personal-data", Map.of("column", column))));
        for (String column : table.header()) {
            if (!known.contains(column) && errors.stream().noneMatch(e -> column.equals(e.field()))) {
                errors.add(new ImportReport.LineError(1, column, "import.unknown-column", Map.of("column", column)));
            }
        }
        for (String column : List.of("service", "period", "source")) {
            if (!table.header().contains(column)) {
                errors.add(new ImportReport.LineError(1, column, "import.missing-column", Map.of("column", column)));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(dryRun, false, 0, 0, 0, List.of(), errors);
        }
        List<Map.Entry<PublicService, Checked>> rows = new ArrayList<>();
        List<ImportReport.LineChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int replaced = 0;
        for (CsvTable.Row row : table.rows()) {
            if (row.overlong()) {
                errors.add(new ImportReport.LineError(row.line(), null, "import.cell-count", Map.of()));
                continue;
            }
            Map<String, BigDecimal> measures = new LinkedHashMap<>();
            List<FieldError> rowErrors = new ArrayList<>();
            for (Measure m : Measure.values()) {
                String cell = row.get(m.key);
                if (!cell.isEmpty()) {
                    try {
                        measures.put(m.key, new BigDecimal(cell.replace(',', '.')));
                    } catch (NumberFormatException e) {
                        rowErrors.add(FieldError.of(m.key, "validation.decimal"));
                    }
                }
            }
            Optional<PublicService> service = catalogue.find(row.get("service"));
            if (service.isEmpty()) {
                rowErrors.add(FieldError.of("service", "import.unknown-service"));
            }
            Checked checked = check(new SignalInput(row.get("period"), row.get("source"),
                    row.get("channel").isEmpty() ? null : row.get("channel"), measures), rowErrors);
            if (rowErrors.isEmpty() && !seen.add(service.get().id() + "|" + checked.period + "|"
                    + checked.source.toLowerCase(Locale.ROOT))) {
                rowErrors.add(FieldError.of("period", "import.repeated-signal"));
            }
            rowErrors.forEach(e -> errors.add(ImportReport.LineError.of(row.line(), e)));
            if (rowErrors.isEmpty()) {
                List<String> again = existing(service.get().id(), checked);
                if (again.isEmpty()) {
                    created++;
                } else {
                    replaced++;
                }
                changes.add(new ImportReport.LineChange(row.line(), service.get().code() + " " + checked.period,
                        again.isEmpty() ? "CREATED" : "REPLACED", again));
                rows.add(Map.entry(service.get(), checked));
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportReport.LineError(0, null, "import.no-rows", Map.of()));
        }
        boolean apply = !dryRun && errors.isEmpty();
        if (apply) {
            rows.forEach(r -> store(r.getKey(), r.getValue(), sender));
            rows.stream().map(r -> r.getKey().id()).distinct().forEach(kpis::refresh);
        }
        return new ImportReport(dryRun, apply, created, replaced, 0, changes, errors);
    }

    /** Each measure's months from {@code first} on, every source together, oldest first. */
    @SuppressWarnings("unchecked")
    public Map<Measure, List<Point>> series(long serviceId, LocalDate first) {
        List<Tuple> rows = em().createNativeQuery("select measure, period, value from service_month"
                        + " where service_id = :s and period >= :first order by measure, period", Tuple.class)
                .setParameter("s", serviceId).setParameter("first", first).getResultList();
        Map<Measure, List<Point>> series = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            series.put(m, new ArrayList<>());
        }
        for (Tuple r : rows) {
            Measure.of(r.get("measure", String.class)).ifPresent(m -> series.get(m).add(new Point(
                    r.get("period", LocalDate.class), (BigDecimal) r.get("value"))));
        }
        return series;
    }

    /** The current month's first day in the institution's time zone. */
    public LocalDate thisMonth() {
        return clock.local(clock.now()).toLocalDate().withDayOfMonth(1);
    }

    private record Checked(LocalDate period, String source, String channel, Map<Measure, BigDecimal> values) {
    }

    private Checked check(SignalInput input, List<FieldError> errors) {
        if (input == null) {
            errors.add(FieldError.of("body", "validation.required"));
            return null;
        }
        LocalDate period = null;
        if (input.period() == null || input.period().isBlank()) {
            errors.add(FieldError.of("period", "validation.required"));
        } else if (!PERIOD.matcher(input.period().strip()).matches()) {
            errors.add(FieldError.of("period", "validation.month"));
        } else {
            try {
                YearMonth month = YearMonth.parse(input.period().strip());
                if (month.isBefore(FIRST) || month.atDay(1).isAfter(thisMonth())) {
                    errors.add(FieldError.of("period", "validation.signal-period"));
                } else {
                    period = month.atDay(1);
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("period", "validation.month"));
            }
        }
        String source = input.source() == null ? "" : input.source().strip();
        if (source.isEmpty()) {
            errors.add(FieldError.of("source", "validation.required"));
        } else if (source.length() > 80) {
            errors.add(new FieldError("source", "validation.size-max", Map.of("max", 80)));
        }
        String channel = null;
        if (input.channel() != null && !input.channel().isBlank()) {
            channel = Channel.parse(input.channel()).map(Enum::name).orElse(null);
            if (channel == null) {
                errors.add(FieldError.of("channel", "validation.service-channel"));
            }
        }
        Map<Measure, BigDecimal> values = new LinkedHashMap<>();
        if (input.measures() == null || input.measures().isEmpty()) {
            errors.add(FieldError.of("measures", "validation.required"));
        } else {
            input.measures().forEach((key, value) -> {
                Optional<Measure> measure = Measure.of(key);
                String field = "measures." + key;
                if (measure.isEmpty()) {
                    errors.add(new FieldError(field, CsvTable.looksPersonal(key) ? "import.personal-data"
                            : "validation.signal-measure", Map.of("column", key)));
                } else if (value == null) {
                    errors.add(FieldError.of(field, "validation.required"));
                } else {
                    String refusal = measure.get().refusal(value);
                    if (refusal != null) {
                        errors.add(new FieldError(field, refusal, Map.of("value",
                                refusal.equals("validation.min") ? BigDecimal.ZERO
                                        : measure.get().max == null ? new BigDecimal("999999999999") : measure.get().max)));
                    } else {
                        values.put(measure.get(), value);
                    }
                }
            });
        }
        return new Checked(period, source, channel, values);
    }

    /** The measures of this row already stored for the service, month and source. */
    @SuppressWarnings("unchecked")
    private List<String> existing(long serviceId, Checked row) {
        return em().createNativeQuery("select measure from service_signal where service_id = :s and period = :p"
                        + " and lower(source) = lower(:src) order by measure", String.class)
                .setParameter("s", serviceId).setParameter("p", row.period).setParameter("src", row.source)
                .getResultList().stream().filter(m -> row.values.keySet().stream().anyMatch(x -> x.key.equals(m)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Receipt store(PublicService service, Checked row, String sender) {
        List<Stored> stored = new ArrayList<>();
        for (Map.Entry<Measure, BigDecimal> e : row.values.entrySet()) {
            List<Tuple> result = em().createNativeQuery("""
                    with previous as (select value from service_signal
                                      where service_id = :s and period = :p and lower(source) = lower(:src) and measure = :m),
                    stored as (
                        insert into service_signal (service_id, period, source, channel, measure, value, received_by)
                        values (:s, :p, :src, :ch, :m, :v, :by)
                        on conflict (service_id, period, lower(source), measure) do update
                            set value = excluded.value, channel = excluded.channel, received_at = now(),
                                received_by = excluded.received_by
                        returning not (xmax = 0) as replaced)
                    select stored.replaced, (select value from previous) as previous from stored""", Tuple.class)
                    .setParameter("s", service.id()).setParameter("p", row.period).setParameter("src", row.source)
                    .setParameter("ch", row.channel).setParameter("m", e.getKey().key).setParameter("v", e.getValue())
                    .setParameter("by", sender == null ? "" : sender).getResultList();
            boolean replaced = Boolean.TRUE.equals(result.get(0).get("replaced"));
            stored.add(new Stored(e.getKey().key, e.getValue(), replaced ? "REPLACED" : "CREATED",
                    replaced ? (BigDecimal) result.get(0).get("previous") : null));
        }
        return new Receipt(service.code(), YearMonth.from(row.period).toString(), row.source,
                stored.stream().anyMatch(s -> s.status().equals("REPLACED")), stored);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
