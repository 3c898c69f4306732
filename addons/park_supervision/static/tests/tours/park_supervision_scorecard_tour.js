import { registry } from "@web/core/registry";

// The city administrator, in Chinese: the year's scorecards, two counties
// compared indicator by indicator, then one county's scorecard published.
registry.category("web_tour.tours").add("park_supervision_scorecard_tour", {
    url: "/odoo/action-park_supervision.park_scorecard_action",
    steps: () => [
        {
            content: "The scorecards of the counties are listed",
            trigger: ".o_list_view .o_data_row:contains('甲区')",
        },
        {
            trigger: ".o_list_view .o_data_row:contains('乙县')",
        },
        {
            content: "Open the supervision menu",
            trigger: "button[data-menu-xmlid='park_supervision.park_supervision_menu_root']",
            run: "click",
        },
        {
            content: "Compare the counties",
            trigger: "a[data-menu-xmlid='park_supervision.park_scorecard_menu_compare']",
            run: "click",
        },
        {
            content: "County A and county B side by side, indicator by indicator",
            trigger: ".o_pivot th:contains('甲区')",
        },
        {
            trigger: ".o_pivot th:contains('乙县')",
        },
        {
            content: "The indicators are in Chinese",
            trigger: ".o_pivot th:contains('实地查看得分')",
        },
        {
            content: "Back to the scorecards",
            trigger: "button[data-menu-xmlid='park_supervision.park_supervision_menu_root']",
            run: "click",
        },
        {
            trigger: "a[data-menu-xmlid='park_supervision.park_scorecard_menu']",
            run: "click",
        },
        {
            content: "Open county A's scorecard",
            trigger: ".o_list_view .o_data_row:contains('甲区') td.o_data_cell",
            run: "click",
        },
        {
            content: "Publish it",
            trigger: ".o_form_view button[name='action_publish']:contains('发布')",
            run: "click",
        },
        {
            content: "It is published, and corrected only by a new revision",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('已发布')",
        },
        {
            trigger: ".o_form_view button[name='action_revise']",
        },
    ],
});
