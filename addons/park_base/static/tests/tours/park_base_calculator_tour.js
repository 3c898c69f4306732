import { registry } from "@web/core/registry";

function setDate(field, value) {
    return [
        {
            trigger: `.modal .o_field_widget[name=${field}] button`,
            run: "click",
        },
        {
            trigger: `.modal .o_field_widget[name=${field}] input`,
            run: `edit ${value}`,
        },
        {
            // leave the date field so that its value is applied
            trigger: ".modal .o_field_widget[name=working_days] input",
            run: "edit 2",
        },
    ];
}

registry.category("web_tour.tours").add("park_base_calculator_tour", {
    url: "/odoo/action-park_base.park_working_day_calculator_action",
    steps: () => [
        {
            content: "The calculator opens without warning",
            trigger: ".modal .o_field_widget[name=date_result]",
        },
        {
            trigger: ".modal:not(:has(.o_park_holiday_warning))",
        },
        ...setDate("date_start", "2099-01-02"),
        {
            content: "A year without holiday data shows the warning banner",
            trigger: ".modal .o_park_holiday_warning:contains(2027-2099)",
        },
        ...setDate("date_start", "2025-09-30"),
        ...setDate("date_end", "2025-10-11"),
        {
            content: "9, 10 and 11 (a make-up Saturday) October 2025 are worked",
            trigger: ".modal .o_field_widget[name=working_day_count] span:text(3)",
        },
        {
            content: "2025 has holiday data: no more warning",
            trigger: ".modal:not(:has(.o_park_holiday_warning))",
        },
        {
            content: "Close the calculator",
            trigger: ".modal-footer button.btn-secondary",
            run: "click",
        },
        {
            trigger: "body:not(:has(.modal))",
        },
    ],
});
