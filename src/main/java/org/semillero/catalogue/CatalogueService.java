package org.semillero.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.semillero.audit.AuditAction;
import org.semillero.audit.AuditLog;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;
import org.semillero.shared.web.DomainException;
import org.semillero.shared.web.FieldError;

/**
 * The catalogue the innovation office keeps: services one by one or by CSV (an upsert by code,
 * all rows or none), and the links from challenges and ideas whose free-text service names one.
 */
@ApplicationScoped
public class CatalogueService {

    /** Filters of the list: all optional. */
    public record Filter(String department, Channel channel, Boolean active, String q) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    private final AuditLog audit;
    private final BoundKpis kpis;

    CatalogueService(AuditLog audit, BoundKpis kpis) {
        this.audit = audit;
        this.kpis = kpis;
    }

    public static void requireOffice(Actor actor) {
        if (!actor.has(Roles.INNOVATION_OFFICE)) {
            throw DomainException.forbidden("catalogue-forbidden");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<PublicService> list(Filter filter) {
        NativeQuery query = em().createNativeQuery("select " + PublicService.COLUMNS + " from public_service s where"
                + " (cast(:department as text) is null or lower(s.department) = lower(:department))"
                + " and (cast(:channel as text) is null or (';' || s.channels || ';') like ('%;' || :channel || ';%'))"
                + " and (cast(:active as boolean) is null or s.active = :active)"
                + " and (cast(:q as text) is null or s.name ilike ('%' || :q || '%') or s.code ilike (:q || '%'))"
                + " order by lower(s.name), s.id", Tuple.class).unwrap(NativeQuery.class);
        query.setParameter("department", blankToNull(filter.department()), String.class);
        query.setParameter("channel", filter.channel() == null ? null : filter.channel().name(), String.class);
        query.setParameter("active", filter.active(), Boolean.class);
        query.setParameter("q", blankToNull(filter.q() == null ? null : filter.q().replaceAll("[%_\\\\]", "")),
                String.class);
        return ((List<Tuple>) query.getResultList()).stream().map(PublicService::of).toList();
    }

    /** The service with this code (any case); 404 otherwise. */
    public PublicService get(String code) {
        return find(code).orElseThrow(() -> DomainException.notFound("service-not-found"));
    }

    @SuppressWarnings("unchecked")
    public Optional<PublicService> find(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        List<Tuple> rows = em().createNativeQuery("select " + PublicService.COLUMNS
                + " from public_service s where lower(s.code) = lower(:code)", Tuple.class)
                .setParameter("code", code.strip()).getResultList();
        return rows.stream().findFirst().map(PublicService::of);
    }

    @SuppressWarnings("unchecked")
    private Optional<PublicService> findByName(String name) {
        List<Tuple> rows = em().createNativeQuery("select " + PublicService.COLUMNS
                + " from public_service s where lower(btrim(s.name)) = lower(btrim(:name))", Tuple.class)
                .setParameter("name", name).getResultList();
        return rows.stream().findFirst().map(PublicService::of);
    }

    @SuppressWarnings("unchecked")
    public List<String> departments() {
        return em().createNativeQuery("select distinct department from public_service order by 1", String.class)
                .getResultList();
    }

    /** A CSV of services: a report of what would change (dry run), or the rows written, all or none. */
    @Transactional
    public ImportReport importCsv(Actor actor, String csv, boolean dryRun) {
        requireOffice(actor);
        lock();
        CsvTable table;
        try {
            table = CsvTable.parse(csv);
        } catch (CsvTable.CsvException e) {
            return refused(dryRun, List.of(new ImportReport.LineError(e.line, null, e.key, Map.of())));
        }
        List<ImportReport.LineError> errors = new ArrayList<>();
        Optional<String> personal = table.personalColumn(List.of("name"));
        if (personal.isPresent()) {
            errors.add(new ImportReport.LineError(1, personal.get(), "import.personal-data",
                    Map.of("column", personal.get())));
        }
        for (String column : ServiceRow.REQUIRED) {
            if (!table.header().contains(column)) {
                errors.add(new ImportReport.LineError(1, column, "import.missing-column", Map.of("column", column)));
            }
        }
        for (String column : table.header()) {
            if (!ServiceRow.COLUMNS.contains(column) && personal.filter(column::equals).isEmpty()) {
                errors.add(new ImportReport.LineError(1, column, "import.unknown-column", Map.of("column", column)));
            }
        }
        if (!errors.isEmpty()) {
            return refused(dryRun, errors);
        }
        List<ServiceRow> rows = new ArrayList<>();
        List<ImportReport.LineChange> changes = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, PublicService> byCode = new HashMap<>();
        Map<String, PublicService> byName = new HashMap<>();
        for (PublicService s : list(Filter.ALL)) {
            byCode.put(s.code().toLowerCase(Locale.ROOT), s);
            byName.put(s.name().toLowerCase(Locale.ROOT), s);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CsvTable.Row cells : table.rows()) {
            if (cells.overlong()) {
                errors.add(new ImportReport.LineError(cells.line(), null, "import.cell-count", Map.of()));
                continue;
            }
            ServiceRow row = ServiceRow.read(cells.cells());
            int line = cells.line();
            row.errors().forEach(e -> errors.add(ImportReport.LineError.of(line, e)));
            if (!row.errors().isEmpty()) {
                continue;
            }
            String code = row.code().toLowerCase(Locale.ROOT);
            String name = row.name().toLowerCase(Locale.ROOT);
            Integer earlier = codes.putIfAbsent(code, line);
            if (earlier != null) {
                errors.add(new ImportReport.LineError(line, "code", "import.repeated-code", Map.of("other", earlier)));
                continue;
            }
            Integer sameName = names.putIfAbsent(name, line);
            PublicService holder = byName.get(name);
            if (sameName != null) {
                errors.add(new ImportReport.LineError(line, "name", "import.repeated-name", Map.of("other", sameName)));
                continue;
            }
            if (holder != null && !holder.code().equalsIgnoreCase(row.code()) && !renamedInFile(table, holder)) {
                errors.add(new ImportReport.LineError(line, "name", "import.name-taken", Map.of("code", holder.code())));
                continue;
            }
            PublicService stored = byCode.get(code);
            List<String> fields = stored == null ? List.of() : row.changesFrom(stored);
            String action = stored == null ? "CREATED" : fields.isEmpty() ? "UNCHANGED" : "UPDATED";
            switch (action) {
                case "CREATED" -> created++;
                case "UPDATED" -> updated++;
                default -> unchanged++;
            }
            changes.add(new ImportReport.LineChange(line, stored == null ? row.code() : stored.code(), action, fields));
            rows.add(row);
        }
        if (table.rows().isEmpty()) {
            errors.add(new ImportReport.LineError(0, null, "import.no-rows", Map.of()));
        }
        boolean apply = !dryRun && errors.isEmpty();
        if (apply) {
            // Renames first move names out of the way, so that two services may swap names in one file.
            for (ServiceRow row : rows) {
                em().createNativeQuery("update public_service set name = left('~' || id || ' ' || name, 200)"
                        + " where lower(code) = lower(:code) and name <> :name")
                        .setParameter("code", row.code()).setParameter("name", row.name()).executeUpdate();
            }
            rows.forEach(this::upsert);
            int linked = linkExactNames();
            audit.record(actor.personId(), AuditAction.SERVICES_IMPORTED, AuditLog.Subject.of("catalogue", "import",
                    "services.csv"), null, Map.of("created", created, "updated", updated, "unchanged", unchanged,
                    "linked", linked), null);
        }
        return new ImportReport(dryRun, apply, created, updated, unchanged, changes, errors);
    }

    /** One service from a form or the API: created, or updated when {@code code} names one. */
    @Transactional
    public PublicService save(Actor actor, String existingCode, Map<String, String> fields) {
        requireOffice(actor);
        lock();
        PublicService before = existingCode == null ? null : get(existingCode);
        Map<String, String> cells = new LinkedHashMap<>(fields);
        if (before != null) {
            cells.put("code", before.code());
        }
        ServiceRow row = ServiceRow.read(cells);
        List<FieldError> errors = new ArrayList<>(row.errors());
        if (before == null && !row.code().isEmpty()) {
            find(row.code()).ifPresent(s -> errors.add(FieldError.of("code", "validation.service-code-taken")));
        }
        if (!row.name().isEmpty()) {
            findByName(row.name()).filter(s -> before == null || s.id() != before.id())
                    .ifPresent(s -> errors.add(FieldError.of("name", "validation.service-name-taken")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        upsert(row);
        linkExactNames();
        PublicService after = get(row.code());
        audit.record(actor.personId(), AuditAction.SERVICE_SAVED, AuditLog.Subject.of("service", after.code(),
                after.name()), before, after, null);
        return after;
    }

    /** Free-text service names no service is linked to yet, with how many records use each. */
    public record Unlinked(String text, long challenges, long ideas) {
    }

    @SuppressWarnings("unchecked")
    public List<Unlinked> unlinked(Actor actor) {
        requireOffice(actor);
        List<Tuple> rows = em().createNativeQuery("""
                select min(text) as text, sum(challenges) as challenges, sum(ideas) as ideas from (
                    select btrim(service) as text, 1 as challenges, 0 as ideas from challenge
                    where service_id is null and btrim(service) <> '' and status <> 'MERGED'
                    union all
                    select btrim(service), 0, 1 from idea
                    where service_id is null and challenge_id is null and coalesce(btrim(service), '') <> ''
                      and state <> 'MERGED') x
                group by lower(text) order by sum(challenges) + sum(ideas) desc, 1""", Tuple.class).getResultList();
        return rows.stream().map(r -> new Unlinked(r.get("text", String.class), ((Number) r.get("challenges")).longValue(),
                ((Number) r.get("ideas")).longValue())).toList();
    }

    /** Links every challenge and idea whose free-text service is {@code text} to the service; the text stays. */
    @Transactional
    public int resolve(Actor actor, String text, String code) {
        requireOffice(actor);
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(List.of(FieldError.of("text", "validation.required")));
        }
        PublicService service = find(code).orElseThrow(() -> DomainException.invalid(List.of(
                FieldError.of("service", "validation.choice"))));
        int linked = em().createNativeQuery("update challenge set service_id = :service"
                        + " where service_id is null and lower(btrim(service)) = lower(btrim(:text))")
                .setParameter("service", service.id()).setParameter("text", text).executeUpdate()
                + em().createNativeQuery("update idea set service_id = :service"
                        + " where service_id is null and lower(btrim(service)) = lower(btrim(:text))")
                .setParameter("service", service.id()).setParameter("text", text).executeUpdate();
        audit.record(actor.personId(), AuditAction.SERVICE_LINKED, AuditLog.Subject.of("service", service.code(),
                service.name()), Map.of("text", text.strip()), Map.of("records", linked), null);
        return linked;
    }

    /** Links a project to a service (the innovation office); linking twice changes nothing. */
    @Transactional
    public void linkProject(Actor actor, long projectId, String code) {
        requireOffice(actor);
        PublicService service = get(code);
        int found = ((Number) em().createNativeQuery("select count(*) from project where id = :id")
                .setParameter("id", projectId).getSingleResult()).intValue();
        if (found == 0) {
            throw DomainException.notFound("project-not-found");
        }
        em().createNativeQuery("insert into project_service (project_id, service_id) values (:p, :s) on conflict do nothing")
                .setParameter("p", projectId).setParameter("s", service.id()).executeUpdate();
    }

    /**
     * Binds a project's KPI to one of the service's signals (or unbinds it, {@code measure} null):
     * bound, its actual value and baseline come from the signals from now on.
     */
    @Transactional
    public void bindKpi(Actor actor, String code, long kpiId, String measure) {
        requireOffice(actor);
        PublicService service = get(code);
        Measure bound = null;
        if (measure != null) {
            bound = Measure.of(measure.strip()).orElseThrow(() -> DomainException.invalid(List.of(
                    FieldError.of("measure", "validation.choice"))));
        }
        List<?> project = em().createNativeQuery("select project_id from kpi where id = :k for update")
                .setParameter("k", kpiId).getResultList();
        if (project.isEmpty()) {
            throw DomainException.notFound("kpi-not-found");
        }
        if (bound == null) {
            em().createNativeQuery("update kpi set service_id = null, measure = null where id = :k")
                    .setParameter("k", kpiId).executeUpdate();
        } else {
            em().createNativeQuery("update kpi set service_id = :s, measure = :m where id = :k")
                    .setParameter("s", service.id()).setParameter("m", bound.key).setParameter("k", kpiId).executeUpdate();
        }
        em().createNativeQuery("insert into project_history (project_id, kind, actor_id, detail) values (:p, 'KPI', :a, :d)")
                .setParameter("p", ((Number) project.get(0)).longValue()).setParameter("a", actor.personId())
                .setParameter("d", bound == null ? service.name() : service.name() + ": " + bound.key).executeUpdate();
        audit.record(actor.personId(), AuditAction.KPI_BOUND, AuditLog.Subject.of("kpi", kpiId, service.name()), null,
                bound == null ? null : Map.of("service", service.code(), "measure", bound.key), null);
        if (bound != null) {
            kpis.refresh(service.id());
        }
    }

    /** Challenges and ideas whose free-text service is a service's name, exactly (case and spaces aside). */
    int linkExactNames() {
        return em().createNativeQuery("update challenge c set service_id = s.id from public_service s"
                        + " where c.service_id is null and lower(btrim(c.service)) = lower(btrim(s.name))").executeUpdate()
                + em().createNativeQuery("update idea i set service_id = s.id from public_service s"
                        + " where i.service_id is null and lower(btrim(i.service)) = lower(btrim(s.name))").executeUpdate();
    }

    private void upsert(ServiceRow row) {
        em().createNativeQuery("""
                insert into public_service (code, name, description, department, channels, link, active)
                values (:code, :name, :description, :department, :channels, :link, :active)
                on conflict ((lower(code))) do update set name = excluded.name, description = excluded.description,
                    department = excluded.department, channels = excluded.channels, link = excluded.link,
                    active = excluded.active, updated_at = now()""")
                .setParameter("code", row.code()).setParameter("name", row.name())
                .setParameter("description", row.description()).setParameter("department", row.department())
                .setParameter("channels", Channel.store(row.channels())).setParameter("link", row.link())
                .setParameter("active", row.active()).executeUpdate();
    }

    /** Whether the service holding a name gets another name in the same file (a rename or a swap). */
    private static boolean renamedInFile(CsvTable table, PublicService holder) {
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.get("code").equalsIgnoreCase(holder.code())) {
                seen.add(row.get("name").toLowerCase(Locale.ROOT));
            }
        }
        return !seen.isEmpty() && !seen.contains(holder.name().toLowerCase(Locale.ROOT));
    }

    private static ImportReport refused(boolean dryRun, List<ImportReport.LineError> errors) {
        return new ImportReport(dryRun, false, 0, 0, 0, List.of(), errors);
    }

    /** Catalogue writes one at a time: an import's checks hold until it commits. */
    private void lock() {
        em().createNativeQuery("select pg_advisory_xact_lock(hashtext('semillero.catalogue'))").getSingleResult();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
