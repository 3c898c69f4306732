import { registry } from "@web/core/registry";

// A city administrator, in Chinese: the dashboard of the city, filtered by
// county A, a figure clicked through to the cases it counts, and the case
// ledger of that list exported (the gear menu's "Export Ledger", see
// views/park_report_ledger_views.xml).
registry.category("web_tour.tours").add("park_report_dashboard_tour", {
    url: "/odoo/park-dashboard",
    steps: () => [
        {
            content: "The dashboard says whose figures it shows",
            trigger: ".o_park_dashboard_title:contains('测试市')",
        },
        {
            content: "Both counties' cases are counted",
            trigger: ".o_park_chart[data-key='county_id'] [data-label='乙县']",
        },
        {
            content: "Filter by county A (甲区)",
            trigger: ".o_park_dashboard_county select",
            run() {
                const select = this.anchor;
                const option = [...select.options].find(
                    (opt) => opt.textContent.trim() === "甲区"
                );
                select.value = option.value;
                select.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: "Only county A is counted now",
            trigger:
                ".o_park_chart[data-key='county_id']:has([data-label='甲区']):not(:has([data-label='乙县']))",
        },
        {
            content: "Open the cases filed in the period",
            trigger: ".o_park_kpi[data-key='filed']:contains('5')",
            run: "click",
        },
        {
            content: "The list shows county A's cases",
            trigger: ".o_list_view .o_data_row:contains('甲区华光机械有限公司')",
        },
        {
            content: "And none of county B",
            trigger: ".o_list_view:not(:has(.o_data_row:contains('乙县齐鲁新材料有限公司')))",
        },
        {
            content: "Open the gear menu of the list",
            trigger: ".o_control_panel .o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Export the case ledger of these cases",
            trigger: ".o_park_export_ledger_menu",
            run: "click",
        },
        {
            content: "Still on the list, no error shown",
            trigger: "body:not(:has(.o_error_dialog)) .o_list_view .o_data_row",
        },
    ],
});
