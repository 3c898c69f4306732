/* Copyright 2025 园区通 contributors
   License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("park_enterprise_find_by_pinyin", {
    url: "/odoo/park-enterprises",
    steps: () => [
        {
            content: "The enterprise list shows both enterprises of the park",
            trigger: ".o_data_row:contains('淄博博山陶瓷有限公司')",
        },
        {
            content: "Type the pinyin initials of 张店…公司",
            trigger: ".o_searchview_input",
            run: "edit zdgs",
        },
        {
            content: "Search the enterprises",
            trigger: ".o_searchview_input",
            run: "press Enter",
        },
        {
            content: "Only the matching enterprise is left",
            trigger:
                ".o_list_renderer:not(:has(.o_data_row:contains('淄博博山陶瓷有限公司'))) .o_data_row:contains('张店华光机械有限公司')",
        },
        {
            content: "Open the enterprise file",
            trigger: ".o_data_row:contains('张店华光机械有限公司') .o_data_cell[name=name]",
            run: "click",
        },
        {
            content: "Open its timeline",
            trigger: ".o_form_view button[name=action_park_open_timeline]",
            run: "click",
        },
        {
            content: "The timeline lists the licence and the stage",
            trigger: ".o_list_renderer .o_data_row:contains('TOUR-001')",
        },
        {
            content: "The stage is in the timeline too (two events)",
            trigger: ".o_list_renderer .o_data_row + .o_data_row",
        },
    ],
});
