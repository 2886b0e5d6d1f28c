package org.semillero.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/** A service with both views side by side, and the parameters the list and the API share. */
@ApplicationScoped
public class ServiceDetails {

    /** Months in the citizens' view. */
    public static final int MONTHS = 12;

    /** One measure's last {@link #MONTHS} months: a value or null per month, oldest first. */
    public record Trend(Measure measure, List<LocalDate> months, List<BigDecimal> values) {

        public boolean isEmpty() {
            return values.stream().allMatch(Objects::isNull);
        }

        public BigDecimal last() {
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i) != null) {
                    return values.get(i);
                }
            }
            return null;
        }
    }

    public record ServiceDetail(PublicService service, ServiceViews.OfficersView officers, List<Trend> citizens,
                                LocalDate from, LocalDate to) {
    }

    private final ServiceViews views;
    private final SignalService signals;

    ServiceDetails(ServiceViews views, SignalService signals) {
        this.views = views;
        this.signals = signals;
    }

    public ServiceDetail of(PublicService service) {
        LocalDate to = signals.thisMonth();
        LocalDate from = to.minusMonths(MONTHS - 1L);
        Map<Measure, List<SignalService.Point>> series = signals.series(service.id(), from);
        List<Trend> trends = new ArrayList<>();
        for (Measure m : Measure.values()) {
            List<LocalDate> months = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                LocalDate at = month;
                months.add(at);
                values.add(series.get(m).stream().filter(p -> p.period().equals(at)).map(SignalService.Point::value)
                        .findFirst().orElse(null));
            }
            trends.add(new Trend(m, months, values));
        }
        return new ServiceDetail(service, views.officers(service.id()), trends, from, to);
    }

    static CatalogueService.Filter filter(String department, String channel, String active, String q) {
        List<FieldError> errors = new ArrayList<>();
        Channel parsed = null;
        if (channel != null && !channel.isBlank()) {
            parsed = Channel.parse(channel).orElse(null);
            if (parsed == null) {
                errors.add(FieldError.of("channel", "validation.choice"));
            }
        }
        Boolean isActive = null;
        if (active != null && !active.isBlank()) {
            isActive = switch (active.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    errors.add(FieldError.of("active", "validation.boolean"));
                    yield null;
                }
            };
        }
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "validation.size-max", Map.of("max", 200)));
        }
        if (department != null && department.length() > 120) {
            errors.add(new FieldError("department", "validation.size-max", Map.of("max", 120)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new CatalogueService.Filter(department, parsed, isActive, q);
    }

    static int months(String text) {
        if (text == null || text.isBlank()) {
            return MONTHS;
        }
        try {
            int months = Integer.parseInt(text.strip());
            if (months >= 1 && months <= 60) {
                return months;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid(List.of(new FieldError("months", "validation.range", Map.of("min", 1, "max", 60))));
    }

    static boolean flag(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw DomainException.invalid(List.of(FieldError.of("dryRun", "validation.boolean")));
    }
}
