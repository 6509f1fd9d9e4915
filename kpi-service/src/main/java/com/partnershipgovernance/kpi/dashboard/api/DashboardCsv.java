package com.partnershipgovernance.kpi.dashboard.api;

import com.partnershipgovernance.kpi.dashboard.DashboardViews;
import com.partnershipgovernance.kpi.dashboard.GovernanceViews;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes dashboards as CSV (RFC 4180, comma-separated, CRLF) for spreadsheets. Text that a spreadsheet
 * would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe; numbers are written
 * as they are.
 */
final class DashboardCsv {

    private static final String CRLF = "\r\n";

    private DashboardCsv() {
    }

    static String partner(DashboardViews.PartnerDashboard dashboard) {
        return partners(java.util.List.of(dashboard));
    }

    /** Several partners' dashboards in one table (the steering committee's and working groups' views). */
    static String partners(java.util.List<DashboardViews.PartnerDashboard> dashboards) {
        StringBuilder csv = new StringBuilder(row("partnerId", "legalName", "asOf", "kpiCode", "name", "category",
                "unit", "direction", "currentPeriod", "currentValue", "target", "rag", "travel", "trend"));
        dashboards.forEach(dashboard -> appendTiles(csv, dashboard));
        return csv.toString();
    }

    /** The operational team's open items: KPIs RED or AMBER now, then review actions past or near due. */
    static String operational(GovernanceViews.OperationalView view) {
        StringBuilder csv = new StringBuilder(row("item", "asOf", "partnerIds", "legalName", "kpiCode", "period",
                "value", "rag", "travel", "reviewId", "reviewHeldOn", "description", "owner", "dueOn", "overdue"));
        for (GovernanceViews.OpenKpi kpi : view.kpis()) {
            csv.append(row("KPI", view.asOf(), kpi.partnerId(), text(kpi.legalName()), kpi.kpiCode(), kpi.period(),
                    number(kpi.value()), kpi.rag(), kpi.travel(), null, null, null, null, null, null));
        }
        for (GovernanceViews.OpenAction action : view.actions()) {
            String partnerIds = action.partnerIds().stream().map(Object::toString).collect(Collectors.joining(";"));
            csv.append(row("ACTION", view.asOf(), partnerIds, null, null, null, null, null, null, action.reviewId(),
                    action.reviewHeldOn(), text(action.description()), text(action.owner()), action.dueOn(),
                    action.overdue()));
        }
        return csv.toString();
    }

    private static void appendTiles(StringBuilder csv, DashboardViews.PartnerDashboard dashboard) {
        for (DashboardViews.KpiTile tile : dashboard.kpis()) {
            String trend = tile.trend().stream()
                    .map(p -> p.period() + "=" + (p.value() == null ? "" : p.value().toPlainString()))
                    .collect(Collectors.joining(";"));
            csv.append(row(dashboard.partner().id(), text(dashboard.partner().legalName()), dashboard.asOf(),
                    tile.kpiCode(), text(tile.name()), tile.category(), text(tile.unit()), tile.direction(),
                    tile.currentPeriod(), number(tile.currentValue()), number(tile.target()), tile.rag(),
                    tile.travel(), trend));
        }
    }

    static String portfolio(DashboardViews.Portfolio portfolio) {
        StringBuilder csv = new StringBuilder(row("partnerId", "legalName", "type", "engagementModel", "asOf",
                "kpiCode", "period", "value", "rag", "travel"));
        for (DashboardViews.PartnerRow partnerRow : portfolio.partners()) {
            DashboardViews.PartnerSummary partner = partnerRow.partner();
            for (DashboardViews.Cell cell : partnerRow.cells()) {
                csv.append(row(partner.id(), text(partner.legalName()), partner.type(), partner.engagementModel(),
                        portfolio.asOf(), cell.kpiCode(), cell.period(), number(cell.value()), cell.rag(),
                        cell.travel()));
            }
        }
        return csv.toString();
    }

    private static String row(Object... fields) {
        return Stream.of(fields).map(f -> quote(f == null ? "" : Objects.toString(f)))
                .collect(Collectors.joining(",")) + CRLF;
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Text from people: defused so that a spreadsheet does not run it as a formula. */
    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String quote(String field) {
        boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n")
                || field.contains("\r");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
