package org.semillero.dashboard;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The dashboard's filters as query parameters, shared by every table's page, export and API call. */
public class PortfolioParams {

    @QueryParam("cohort")
    public String cohort;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("event")
    public String event;

    @QueryParam("department")
    public String department;

    /** The parameters read and checked; see {@link PortfolioFilter#parse}. */
    public PortfolioFilter filter(LocalDate today) {
        return PortfolioFilter.parse(cohort, from, to, event, department, today);
    }
}
