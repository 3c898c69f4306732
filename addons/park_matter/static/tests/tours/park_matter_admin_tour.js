import { registry } from "@web/core/registry";

// A county administrator, in Chinese: a park, its list and gap, a matter's
// guide, then the catalogue exported.
registry.category("web_tour.tours").add("park_matter_county_admin_tour", {
    url: "/odoo/action-park_base.park_park_action",
    steps: () => [
        {
            content: "Open a park of the county",
            trigger: ".o_kanban_record:contains('甲区化工园')",
            run: "click",
        },
        {
            content: "Open its matter list",
            trigger: "button[name='action_view_matter_lines']",
            run: "click",
        },
        {
            content: "The list shows the park's matters, in Chinese",
            trigger: ".o_list_view .o_data_row:contains('企业设立登记')",
        },
        {
            content: "Back to the park",
            trigger: ".o_breadcrumb a:contains('甲区化工园')",
            run: "click",
        },
        {
            content: "Open its gap analysis",
            trigger: "button[name='action_gap_analysis']",
            run: "click",
        },
        {
            content: "Open a missing matter",
            trigger: ".o_data_row:contains('印章刻制备案') td.o_data_cell",
            run: "click",
        },
        {
            content: "Preview its service guide",
            trigger: "button[name='action_preview_guide']",
            run: "click",
        },
        {
            content: "The guide is shown",
            trigger: ":iframe .o_park_matter_guide:contains('印章刻制备案')",
        },
        {
            content: "Go to the catalogue",
            trigger: "button[data-menu-xmlid='park_matter.park_matter_menu_root']",
            run: "click",
        },
        {
            trigger: "a[data-menu-xmlid='park_matter.park_matter_menu_catalogue']",
            run: "click",
        },
        {
            content: "Select every matter",
            trigger: "thead .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the print menu",
            trigger: ".o_cp_action_menus button:has(.fa-print)",
            run: "click",
        },
        {
            content: "Export the catalogue (事项指导目录)",
            trigger: ".o-dropdown-item:contains('事项指导目录')",
            run: "click",
        },
        {
            content: "Still in the catalogue, no error shown",
            trigger: ".o_list_view:not(:has(.o_error_dialog))",
        },
    ],
});
