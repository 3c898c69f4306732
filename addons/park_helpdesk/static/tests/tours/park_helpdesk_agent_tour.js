import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("park_helpdesk_agent_tour", {
    url: "/odoo/park-cases",
    steps: () => [
        {
            content: "Take the case from the queue (my cases)",
            trigger: ".o_list_view .o_data_row td:contains(排污许可证核发)",
            run: "click",
        },
        {
            content: "Accept it: the clock starts",
            trigger: ".o_form_view button[name=action_park_accept]",
            run: "click",
        },
        {
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(办理中)",
        },
        {
            content: "Open the material checklist",
            trigger: ".o_notebook .nav-link:contains(材料)",
            run: "click",
        },
        {
            content: "First material received",
            trigger:
                ".o_field_widget[name=material_line_ids] .o_data_row:nth-child(1) button[name=action_mark_received]",
            run: "click",
        },
        {
            trigger:
                ".o_field_widget[name=material_line_ids] .o_data_row:nth-child(1) .o_field_widget[name=state]:contains(已收到)",
        },
        {
            content: "Second material received",
            trigger:
                ".o_field_widget[name=material_line_ids] .o_data_row:nth-child(2) button[name=action_mark_received]",
            run: "click",
        },
        {
            trigger:
                ".o_field_widget[name=material_line_ids] .o_data_row:nth-child(2) .o_field_widget[name=state]:contains(已收到)",
        },
        {
            content: "Complete the case",
            trigger: ".o_form_view button[name=action_park_complete]",
            run: "click",
        },
        {
            content: "The case is completed",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(已办结)",
        },
    ],
});
