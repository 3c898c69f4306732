import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("park_base_station_tour", {
    url: "/odoo/action-park_base.park_station_action",
    steps: () => [
        {
            content: "Create a new station",
            trigger: ".o-kanban-button-new",
            run: "click",
        },
        {
            content: "Name the station",
            trigger: ".o_field_widget[name=name] input",
            run: "edit 巡检服务站",
        },
        {
            content: "Choose its park",
            trigger: ".o_field_widget[name=park_id] input",
            run: "edit 巡检产业园",
        },
        {
            trigger: ".ui-autocomplete a:contains(巡检产业园)",
            run: "click",
        },
        {
            content: "Set the opening hours",
            trigger: ".o_field_widget[name=opening_hours] input",
            run: "edit 工作日 9:00-17:00",
        },
        {
            content: "Save the station",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The new station meets none of the four basics",
            trigger: ".o_form_saved .o_park_readiness_score:contains(0 / 4)",
        },
        {
            trigger: ".o_park_not_ready",
        },
        {
            trigger: ".o_park_check_facilities.o_park_check_missing",
        },
        {
            content: "Add a window",
            trigger: ".o_field_widget[name=window_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=window_ids] .o_data_row .o_field_widget[name=name] input",
            run: "edit 综合受理窗口",
        },
        {
            content: "It is the comprehensive reception window",
            trigger:
                ".o_field_widget[name=window_ids] .o_data_row .o_field_widget[name=window_type] .o_select_menu_toggler",
            run: "click",
        },
        {
            trigger: ".o_select_menu_menu .o_select_menu_item:contains(综合受理)",
            run: "click",
        },
        {
            content: "Open the office equipment",
            trigger: ".o_notebook_headers a[name=equipment]",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=equipment_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=equipment_ids] .o_data_row .o_field_widget[name=name] input",
            run: "edit 窗口电脑",
        },
        {
            content: "Save the station again",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Facilities are now in place: one basic of four",
            trigger: ".o_form_saved .o_park_check_facilities.o_park_check_ok",
        },
        {
            trigger: ".o_park_readiness_score:contains(1 / 4)",
        },
        {
            trigger: ".o_park_check_staff.o_park_check_missing",
        },
        {
            content: "Go to the parks",
            trigger: ".o_main_navbar button[data-menu-xmlid='park_base.park_menu_network']",
            run: "click",
        },
        {
            trigger: ".dropdown-item[data-menu-xmlid='park_base.park_park_menu']",
            run: "click",
        },
        {
            content: "The park's card is shown",
            trigger: ".o_kanban_record:contains(巡检产业园)",
        },
    ],
});
