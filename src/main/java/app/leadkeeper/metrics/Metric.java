package app.leadkeeper.metrics;

import java.util.function.Function;

/**
 * The columns of the metrics table, in order: the JSON key, the header, the formula (the header's tooltip) and how
 * to read the value from a channel's figures. One definition for the window, the command line and exports.
 */
public enum Metric {
    LEADS("leads", "Leads", Kind.COUNT, "Leads created in the period", f -> f.leads()),
    MQLS("mqls", "MQLs", Kind.COUNT, "Leads of the period now MQL, SQL, PQL or customer", f -> f.mqls()),
    SQLS("sqls", "SQLs", Kind.COUNT, "Leads of the period now SQL or customer", f -> f.sqls()),
    CUSTOMERS("customers", "Customers", Kind.COUNT, "Leads of the period that were won", f -> f.customers()),
    CONVERSION_RATE("conversion_rate", "Lead → customer", Kind.PERCENT, "Customers ÷ leads", f -> f.conversionRate()),
    MQL_TO_SQL_RATE("mql_to_sql_rate", "MQL → SQL", Kind.PERCENT, "SQLs ÷ MQLs", f -> f.mqlToSqlRate()),
    SPEND("spend", "Spend", Kind.MONEY, "Spend recorded for the period (months in part count in part)", f -> f.spend()),
    CPL("cpl", "Cost per lead", Kind.MONEY, "Spend ÷ leads", f -> f.costPerLead()),
    CAC("cac", "Cost per customer", Kind.MONEY, "Cost of acquisition: spend ÷ customers", f -> f.costOfAcquisition()),
    REVENUE("revenue", "Revenue", Kind.MONEY, "Revenue of the period's leads that were won", f -> f.revenue()),
    ROI("roi", "ROI", Kind.PERCENT, "(Revenue − spend) ÷ spend", f -> f.roi()),
    MEDIAN_DAYS_TO_CONVERT(
            "median_days_to_convert",
            "Days to convert",
            Kind.DAYS,
            "Median whole days from created to won, over the customers",
            f -> f.medianDaysToConvert()),
    LANDING_PAGE_CONVERSION(
            "landing_page_conversion",
            "Visit → lead",
            Kind.PERCENT,
            "Landing-page conversion: leads ÷ visits (in the totals, of the channels with visits)",
            f -> f.landingPageConversion()),
    CTR("ctr", "CTR", Kind.PERCENT, "Click-through rate: clicks ÷ impressions", f -> f.clickThroughRate()),
    CPC(
            "cpc",
            "CPC",
            Kind.MONEY,
            "Cost per click: spend ÷ clicks (in the totals, of the channels with clicks)",
            f -> f.costPerClick()),
    AVERAGE_LIFETIME_VALUE(
            "average_lifetime_value",
            "Avg. customer value",
            Kind.MONEY,
            "Average lifetime value: revenue ÷ customers",
            f -> f.averageLifetimeValue());

    /** How a value reads: a count, an amount in the folder's currency, a share, or days. */
    public enum Kind {
        COUNT,
        MONEY,
        PERCENT,
        DAYS
    }

    private final String key;
    private final String label;
    private final Kind kind;
    private final String formula;
    private final Function<ChannelFigures, Object> value;

    Metric(String key, String label, Kind kind, String formula, Function<ChannelFigures, Object> value) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.formula = formula;
        this.value = value;
    }

    /** The JSON key. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** How it is computed, in words: the header's tooltip. */
    public String formula() {
        return formula;
    }

    /** The value: Long, Double (a share, 0.25 = 25 %, or days), BigDecimal (money), or null where undefined. */
    public Object of(ChannelFigures figures) {
        return value.apply(figures);
    }
}
