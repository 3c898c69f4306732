import { Component, onWillStart, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { Layout } from "@web/search/layout";

// how the records behind a figure open: cases can be analysed further
const VIEWS = {
    "helpdesk.ticket": [
        [false, "list"],
        [false, "graph"],
        [false, "pivot"],
        [false, "form"],
    ],
    "park.visit": [
        [false, "list"],
        [false, "graph"],
        [false, "pivot"],
        [false, "form"],
    ],
};
const DEFAULT_VIEWS = [
    [false, "list"],
    [false, "form"],
];

/**
 * The managers' dashboard: one page of figures for the user's role and
 * scope, all from park.report.dashboard.get_dashboard_data (counted under
 * the user's own record rules). Every figure opens the records it counts.
 */
export class ParkReportDashboard extends Component {
    static template = "park_report.Dashboard";
    static components = { Layout };
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState({
            data: null,
            filters: {
                period: "month",
                date_from: false,
                date_to: false,
                county_id: false,
                park_id: false,
            },
        });
        this.periods = [
            ["month", _t("This Month")],
            ["quarter", _t("This Quarter")],
            ["year", _t("This Year")],
            ["custom", _t("Custom Period")],
        ];
        onWillStart(() => this.load());
    }

    get display() {
        return { controlPanel: {} };
    }

    get parks() {
        const { data, filters } = this.state;
        const parks = data ? data.choices.parks : [];
        return filters.county_id
            ? parks.filter((park) => park.county_id === filters.county_id)
            : parks;
    }

    async load() {
        const data = await this.orm.call("park.report.dashboard", "get_dashboard_data", [
            this.state.filters,
        ]);
        Object.assign(this.state.filters, data.filters);
        this.state.data = data;
    }

    onPeriodChange(ev) {
        this.state.filters.period = ev.target.value;
        if (ev.target.value !== "custom") {
            return this.load();
        }
    }

    onDateChange(field, ev) {
        this.state.filters[field] = ev.target.value || false;
        const { date_from, date_to } = this.state.filters;
        if (date_from && date_to) {
            return this.load();
        }
    }

    onCountyChange(ev) {
        this.state.filters.county_id = parseInt(ev.target.value) || false;
        this.state.filters.park_id = false;
        return this.load();
    }

    onParkChange(ev) {
        this.state.filters.park_id = parseInt(ev.target.value) || false;
        return this.load();
    }

    barWidth(chart, row) {
        const top = chart.unit === "%" ? 100 : Math.max(...chart.rows.map((r) => r.value), 1);
        return `width: ${Math.round((100 * row.value) / top)}%;`;
    }

    openRecords(model, domain, name) {
        return this.action.doAction({
            type: "ir.actions.act_window",
            name,
            res_model: model,
            domain,
            views: VIEWS[model] || DEFAULT_VIEWS,
            target: "current",
        });
    }

    onKpiClick(kpi) {
        return this.openRecords(kpi.model, kpi.domain, kpi.label);
    }

    onRowClick(chart, row) {
        return this.openRecords(chart.model, row.domain, `${chart.title}: ${row.label}`);
    }
}

registry.category("actions").add("park_report.dashboard", ParkReportDashboard);
