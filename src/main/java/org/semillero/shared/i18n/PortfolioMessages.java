package org.semillero.shared.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portfolio dashboard: {@code {portfolioMsg:key}} in templates, checked by the build. Texts in
 * {@code messages/portfolioMsg.properties} (English) and {@code messages/portfolioMsg_es.properties}.
 */
@MessageBundle(value = "portfolioMsg", locale = "en")
public interface PortfolioMessages {

    String portfolio_title();
    String portfolio_generated(String when);
    String portfolio_filters();
    String portfolio_cohort();
    String portfolio_cohort_CHALLENGES();
    String portfolio_cohort_IDEAS();
    String portfolio_from();
    String portfolio_to();
    String portfolio_period_between(String from, String to);
    String portfolio_period_since(String from);
    String portfolio_period_until(String to);
    String portfolio_period_all();
    String portfolio_all_events();
    String portfolio_all_departments();
    String portfolio_department_not_set();
    String portfolio_funnel();
    String portfolio_funnel_means_CHALLENGES();
    String portfolio_funnel_means_IDEAS();
    String portfolio_step();
    String portfolio_counts();
    String portfolio_count();
    String portfolio_conversion();
    String portfolio_records();
    String portfolio_step_challenges();
    String portfolio_step_with_ideas();
    String portfolio_step_with_entries();
    String portfolio_step_with_projects();
    String portfolio_step_with_delivered();
    String portfolio_step_ideas();
    String portfolio_step_in_entries();
    String portfolio_step_promoted();
    String portfolio_step_delivered();
    String portfolio_step_means_challenges();
    String portfolio_step_means_with_ideas();
    String portfolio_step_means_with_entries();
    String portfolio_step_means_with_projects();
    String portfolio_step_means_with_delivered();
    String portfolio_step_means_ideas();
    String portfolio_step_means_in_entries();
    String portfolio_step_means_promoted();
    String portfolio_step_means_delivered();
    String portfolio_lead_times();
    String portfolio_lead_times_means();
    String portfolio_lead_time();
    String portfolio_measured();
    String portfolio_median_days();
    String portfolio_p80_days();
    String portfolio_lead_challenge_to_idea();
    String portfolio_lead_idea_to_entry();
    String portfolio_lead_results_to_promotion();
    String portfolio_lead_promotion_to_delivered();
    String portfolio_stages();
    String portfolio_stages_means();
    String portfolio_projects_now();
    String portfolio_projects_timed();
    String portfolio_trends();
    String portfolio_trends_means();
    String portfolio_change_more(String step, String count, String quarter, String previous);
    String portfolio_change_fewer(String step, String count, String quarter, String previous);
    String portfolio_change_same(String step, String quarter, String previous);
    String portfolio_quarter(String year, String number);
    String portfolio_quarter_short(String year, String number);
    String portfolio_quarter_column();
    String portfolio_so_far();
    String portfolio_activity();
    String portfolio_activity_means();
    String portfolio_kind();
    String portfolio_activity_challenges();
    String portfolio_activity_ideas();
    String portfolio_activity_submissions();
    String portfolio_activity_projects();
    String portfolio_activity_delivered();
    String portfolio_participation();
    String portfolio_participation_means();
    String portfolio_not_set_count(String count);
    String portfolio_took_part();
    String portfolio_people();
    String portfolio_stale();
    String portfolio_stale_none();
    String portfolio_stale_days(String days);
    String portfolio_projects_json();
    String portfolio_download();
}
