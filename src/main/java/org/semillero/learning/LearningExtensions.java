package org.semillero.learning;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** For the workshop pages: the formats to choose from ({@code {#for f in learning:formats}}), a record's hours. */
@TemplateExtension(namespace = "learning")
public final class LearningExtensions {

    private LearningExtensions() {
    }

    static List<Workshop.Format> formats() {
        return List.of(Workshop.Format.values());
    }

    /** Hours of training in a learning record. */
    static double hours(List<AttendanceService.Learned> learned) {
        return learned.stream().mapToDouble(AttendanceService.Learned::hours).sum();
    }
}
