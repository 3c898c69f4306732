import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("park_matter_station_manager_tour", {
    url: "/odoo/action-park_base.park_park_action",
    steps: () => [
        {
            content: "Open the station manager's park",
            trigger: ".o_kanban_record:contains('甲区化工园')",
            run: "click",
        },
        {
            content: "Open the park's gap analysis",
            trigger: "button[name='action_gap_analysis']",
            run: "click",
        },
        {
            content: "Select a missing matter",
            trigger: ".o_data_row:contains('企业设立登记') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Select another one",
            trigger: ".o_data_row:contains('印章刻制备案') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Add them to the park list",
            trigger: "button[name='action_add_to_park_list']",
            run: "click",
        },
        {
            content: "Nothing high-frequency is missing any more",
            trigger: ".o_view_nocontent, .o_list_view:not(:has(.o_data_row))",
        },
        {
            content: "Back to the park",
            trigger: ".o_breadcrumb a:contains('甲区化工园')",
            run: "click",
        },
        {
            content: "Open the park's matter list",
            trigger: "button[name='action_view_matter_lines']",
            run: "click",
        },
        {
            content: "Open the printed guide of a listed matter",
            trigger: ".o_data_row:contains('企业设立登记') button[name='action_preview_guide']",
            run: "click",
        },
        {
            content: "The service guide is shown",
            trigger: ":iframe .o_park_matter_guide:contains('企业设立登记')",
        },
    ],
});
