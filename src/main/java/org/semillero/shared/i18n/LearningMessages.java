package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Workshops, certificates, the learning record and the capacity map: {@code {learningMsg:key}}
 * in templates, checked by the build. Texts in {@code messages/learningMsg.properties} (English)
 * and {@code messages/learningMsg_es.properties}.
 */
@MessageBundle(value = "learningMsg", locale = "en")
public interface LearningMessages {

    String workshops_title();
    String workshops_lead();
    String workshops_new();
    String workshops_any();
    String workshops_month();
    String workshops_place();
    String workshops_past();
    String workshops_filter();
    String workshops_none();
    String workshop_seats(String registered, String capacity);
    String workshop_waiting(String count);
    String workshop_cancelled();
    String workshop_cancelled_because(String reason);
    String workshop_format_IN_PERSON();
    String workshop_format_ONLINE();
    String workshop_format_ROADSHOW();

    String workshop_edit();
    String workshop_create();
    String workshop_form_about();
    String workshop_form_where();
    String workshop_form_when();
    String workshop_field_title();
    String workshop_field_description();
    String workshop_field_topic();
    String workshop_field_format();
    String workshop_field_location();
    String workshop_field_location_hint();
    String workshop_field_meetingUrl();
    String workshop_field_startsAt();
    String workshop_field_endsAt();
    String workshop_field_registrationClosesAt();
    String workshop_field_capacity();
    String workshop_field_capacity_hint();
    String workshop_field_eventSlug();
    String workshop_field_eventSlug_hint();
    String workshop_field_skills();
    String workshop_field_skills_hint();
    String workshop_field_code();
    String workshop_field_rating();
    String workshop_field_comment();
    String workshop_field_reason();
    String workshop_field_present();
    String workshop_field_attendance();
    String workshop_topic_unknown();
    String workshop_location_required();
    String workshop_link_required();
    String workshop_link_invalid();
    String workshop_ends_before_start();
    String workshop_closes_after_start();
    String workshop_starts_past();
    String workshop_event_unknown();
    String workshop_skills_too_many(String max);
    String workshop_format_unknown();
    String workshop_month_invalid();

    String workshop_when();
    String workshop_hours(String hours);
    String workshop_your_seat();
    String workshop_seat_REGISTERED();
    String workshop_seat_WAITLISTED(String position);
    String workshop_seat_none();
    String workshop_register();
    String workshop_unregister();
    String workshop_registration_closed();
    String workshop_code();
    String workshop_code_hint();
    String workshop_check_in();
    String workshop_attended();
    String workshop_certificate();
    String workshop_rating();
    String workshop_rating_1();
    String workshop_rating_2();
    String workshop_rating_3();
    String workshop_rating_4();
    String workshop_rating_5();
    String workshop_comment();
    String workshop_feedback_send();
    String workshop_manage();
    String workshop_attendance_code();
    String workshop_attendance_list();
    String workshop_cancel_reason();
    String workshop_cancel();

    String workshop_nobody();
    String workshop_attendance_caption();
    String workshop_person();
    String workshop_department();
    String workshop_status();
    String workshop_present();
    String workshop_present_person(String name);
    String workshop_status_attended();
    String workshop_status_absent();
    String workshop_status_registered();
    String workshop_attendance_hint();
    String workshop_attendance_save();
    String workshop_attendance_not_registered();
    String workshop_code_wrong();

    String attendance_certificate_title();
    String attendance_certificate_text(String name, String workshop);
    String attendance_certificate_when(String date, String hours);
    String attendance_certificate_code();
    String attendance_certificate_verify();
    String verify_title();
    String verify_check();
    String verify_valid(String workshop, String date);
    String verify_unknown();

    String learning_title();
    String learning_none();
    String learning_total(String hours);
    String capacity_title();
    String capacity_lead();
    String capacity_cells_caption();
    String capacity_trained();
    String capacity_officers();
    String capacity_share();
    String capacity_hours_caption();
    String capacity_hours();
    String capacity_held(String workshops, String attended, String seats, String rate, String absent, String noShow);
    String capacity_feedback_caption();
    String capacity_average();
    String capacity_answers();
    String capacity_none();
    String capacity_export();
    String capacity_no_department();
    String capacity_filter_year();
    String capacity_last_12();
    String capacity_filter_topic();
    String capacity_filter_department();
    String layout_workshops();
}
