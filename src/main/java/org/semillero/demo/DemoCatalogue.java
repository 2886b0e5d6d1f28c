package org.semillero.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.semillero.backlog.ProjectService;
import org.semillero.catalogue.CatalogueService;
import org.semillero.catalogue.ImportReport;
import org.semillero.catalogue.SignalService;
import org.semillero.people.Person;
import org.semillero.shared.security.Actor;
import org.semillero.shared.security.Roles;

/**
 * The demo's service catalogue (dev mode only): ten services of a civil registry and a health
 * service, imported as the innovation office would, with eighteen months of citizens' signals.
 * "Cita previa" carries ana's challenge and the promoted "Cita previa unificada", whose pilot
 * shows in its complaints; free-text names that match no service wait in the review list.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoCatalogue {

    static final String SERVICES = """
            code,name,department,channels,description,link
            RC-CITA,Cita previa,Registro Civil,online;phone;in_person,"Reserva de cita para cualquier trámite del registro civil.",https://sede.example.gob/cita-previa
            RC-NAC,Partidas de nacimiento,Registro Civil,online;in_person,Certificados literales y en extracto.,https://sede.example.gob/partidas
            RC-MAT,Matrimonios civiles,Registro Civil,in_person,Expedientes y celebración de matrimonios.,
            RC-FE,Fe de vida y estado,Registro Civil,in_person;online,Certificados de fe de vida y estado civil.,
            RC-PAD,Padrón municipal,Registro Civil,in_person;online,Altas y cambios de domicilio en el padrón.,
            SS-CEX,Consultas externas,Servicio de Salud,in_person;phone,Citas con especialistas en hospitales.,
            SS-LEQ,Lista de espera quirúrgica,Servicio de Salud,phone;online,Información sobre la posición en lista de espera.,
            SS-URG,Urgencias hospitalarias,Servicio de Salud,in_person,Atención urgente en hospitales.,
            SS-TSI,Tarjeta sanitaria,Servicio de Salud,online;in_person;mobile,Alta y renovación de la tarjeta sanitaria.,
            SS-REC,Receta electrónica,Servicio de Salud,mobile;online,Dispensación de recetas en farmacias.,
            """;

    /** Per service: complaints a month at the start, the change per month, and a base of requests handled. */
    private static final Map<String, int[]> SHAPES = Map.of(
            "RC-CITA", new int[] {380, 6, 9000},
            "RC-NAC", new int[] {140, 2, 4000},
            "RC-MAT", new int[] {20, 0, 300},
            "RC-FE", new int[] {15, 0, 900},
            "RC-PAD", new int[] {90, 1, 5000},
            "SS-CEX", new int[] {160, 3, 20000},
            "SS-LEQ", new int[] {120, 2, 3000},
            "SS-URG", new int[] {170, 4, 15000},
            "SS-TSI", new int[] {40, -1, 6000},
            "SS-REC", new int[] {30, 0, 30000});

    private final CatalogueService catalogue;
    private final SignalService signals;

    DemoCatalogue(CatalogueService catalogue, SignalService signals) {
        this.catalogue = catalogue;
        this.signals = signals;
    }

    void load() {
        Actor ines = new Actor(Person.findBySubject("ines").orElseThrow().id, Set.of(Roles.OFFICER, Roles.INNOVATION_OFFICE));
        ImportReport services = catalogue.importCsv(ines, SERVICES, false);
        if (!services.applied()) {
            throw new IllegalStateException("demo services refused: " + services.errors());
        }
        // ana's challenge about the telephone appointment line is about "Cita previa"; the rest of its
        // free-text name ("Atención ciudadana") stays in the review list for the office to decide.
        sql("update challenge set service_id = (select id from public_service where code = 'RC-CITA'), support_count = 9"
                + " where title = 'La cita previa telefónica se colapsa'");
        sql("insert into challenge_support (challenge_id, person_id) select c.id, p.id from challenge c, person p"
                + " where c.title = 'La cita previa telefónica se colapsa' and p.subject <> 'ana'"
                + " order by p.id limit 9 on conflict do nothing");
        sql("update challenge c set support_count = (select count(*) from challenge_support s where s.challenge_id = c.id)"
                + " where title = 'La cita previa telefónica se colapsa'");
        sql("insert into project_service (project_id, service_id) select p.id, s.id from project p, public_service s"
                + " where p.title = 'Cita previa unificada' and s.code = 'RC-CITA' on conflict do nothing");
        LocalDate pilot = pilotMonth();
        StringBuilder csv = new StringBuilder("service,period,source,channel,complaints,requests,satisfaction,answers,"
                + "waiting_minutes,abandonment\n");
        LocalDate last = signals.thisMonth().minusMonths(1);
        for (var shape : SHAPES.entrySet()) {
            int[] s = shape.getValue();
            for (int m = 0; m < 18; m++) {
                LocalDate month = last.minusMonths(17L - m);
                int wobble = (m * 7 + shape.getKey().length() * 3) % 11 - 5;
                int complaints = Math.max(0, s[0] + s[1] * m + wobble * Math.max(1, s[0] / 40));
                double waiting = 12 + s[0] / 20.0 + (m % 4);
                if (shape.getKey().equals("RC-CITA") && pilot != null && !month.isBefore(pilot)) {
                    // After the unified agenda's pilot: fewer complaints, shorter waits.
                    int since = (month.getYear() - pilot.getYear()) * 12 + month.getMonthValue() - pilot.getMonthValue();
                    complaints = Math.max(0, complaints - 90 - 45 * since);
                    waiting = Math.max(6, waiting - 8 - 3 * since);
                }
                double satisfaction = Math.max(1.5, Math.min(4.8, 4.4 - complaints / 200.0));
                csv.append(String.format(Locale.ROOT, "%s,%s,Sistema de quejas y sugerencias,,%d,%d,%.1f,%d,%.1f,%.1f%n",
                        shape.getKey(), month.toString().substring(0, 7), complaints, s[2] + 40 * wobble,
                        satisfaction, 150 + 10 * m, waiting, Math.max(1, Math.min(30, complaints / 25.0))));
            }
        }
        ImportReport imported = signals.importCsv(Set.of(Roles.INNOVATION_OFFICE), "demo", csv.toString(), false);
        if (!imported.applied()) {
            throw new IllegalStateException("demo signals refused: " + imported.errors());
        }
        long kpi = ((Number) Panache.getEntityManager().createNativeQuery("with x as (insert into kpi (project_id, name,"
                + " unit, target) select id, 'Quejas mensuales sobre la cita previa', 'quejas', 200 from project"
                + " where title = 'Cita previa unificada' returning id) select id from x").getSingleResult()).longValue();
        catalogue.bindKpi(ines, "RC-CITA", kpi, "complaints");
    }

    /** The first day of the month the unified agenda's pilot began, from its stage history. */
    private static LocalDate pilotMonth() {
        var rows = Panache.getEntityManager().createNativeQuery("select cast(date_trunc('month', "
                + ProjectService.firstReachedSql("p.id", "'PILOT'") + ") as date) from project p"
                + " where p.title = 'Cita previa unificada'").getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : (LocalDate) rows.get(0);
    }

    private static void sql(String statement) {
        Panache.getEntityManager().createNativeQuery(statement).executeUpdate();
    }
}
