-- Indexes for the backlog pages: a project's milestones, updates and KPIs are read by
-- project (lists load them for many projects at once), and grew with the backlog.
create index milestone_project_idx on milestone (project_id);
create index project_update_project_idx on project_update (project_id, at desc);
create index kpi_project_idx on kpi (project_id);
