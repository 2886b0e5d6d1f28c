import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording's CPU samples for docs/performance.md: the methods that were on
 * the top of the stack most often (self time), and per area of the code (template rendering,
 * JSON, SQL, security, the service's own code) the share of samples whose innermost known frame
 * is in it (self) and the share that passed through it at all (inclusive). JDK only: {@code java deployment/bench/JfrTop.java recording.jfr [rows]}.
 */
public class JfrTop {

    /** Areas by the first matching frame prefix, in this order. */
    private static final List<String[]> AREAS = List.of(
            new String[] {"Qute template rendering", "io.quarkus.qute."},
            new String[] {"JSON (Jackson)", "com.fasterxml.jackson."},
            new String[] {"JDBC and PostgreSQL driver", "org.postgresql."},
            new String[] {"Hibernate ORM", "org.hibernate."},
            new String[] {"connection pool (Agroal)", "io.agroal."},
            new String[] {"OIDC / bearer token checks", "io.quarkus.oidc."},
            new String[] {"JWT parsing (jose4j)", "org.jose4j."},
            new String[] {"CDI (ArC)", "io.quarkus.arc."},
            new String[] {"Vert.x / Netty I/O", "io.netty."},
            new String[] {"RESTEasy Reactive", "org.jboss.resteasy.reactive."},
            new String[] {"the service's own code", "org.semillero."});

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> innermost = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                for (String[] area : AREAS) {
                    if (type.startsWith(area[1])) {
                        if (seen.isEmpty()) {
                            innermost.merge(area[0], 1, Integer::sum);
                        }
                        if (seen.add(area[0])) {
                            areas.merge(area[0], 1, Integer::sum);
                        }
                    }
                }
            }
            if (seen.isEmpty()) {
                innermost.merge("other (JDK, libraries)", 1, Integer::sum);
            }
        }
        int all = Math.max(total, 1);
        System.out.println(total + " CPU samples.");
        System.out.println();
        System.out.println("| area | innermost (self) | inclusive |");
        System.out.println("|---|---|---|");
        areas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %.0f %% | %.0f %% |%n", e.getKey(),
                        innermost.getOrDefault(e.getKey(), 0) * 100.0 / all, e.getValue() * 100.0 / all));
        System.out.printf("| other (JDK, libraries) | %.0f %% | |%n", innermost.getOrDefault("other (JDK, libraries)", 0)
                * 100.0 / all);
        System.out.println();
        System.out.println("| method on top of the stack (self) | share of samples |");
        System.out.println("|---|---|");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("| `%s` | %.1f %% |%n", e.getKey(), e.getValue() * 100.0 / all));
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
