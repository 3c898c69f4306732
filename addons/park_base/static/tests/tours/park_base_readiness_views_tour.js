// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { registry } from "@web/core/registry";

const EMPTY = ".o_data_row:contains(视图检查零分站)";
const ONE = ".o_data_row:contains(视图检查一分站)";

registry.category("web_tour.tours").add("park_base_readiness_views_tour", {
    url: "/odoo/action-park_base.park_station_action",
    steps: () => [
        {
            content: "Show the stations as a list",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "A station that meets nothing shows 0 / 4 in red",
            trigger: `${EMPTY} .o_park_score_badge.text-bg-danger:contains(0 / 4)`,
        },
        {
            content: "and a red cross for a missing basic",
            trigger: `${EMPTY} td[name=readiness_facilities] .o_park_check_no.fa-times.text-danger`,
        },
        {
            content: "A basic that is met is a green tick",
            trigger: `${ONE} td[name=readiness_facilities] .o_park_check_yes.fa-check.text-success`,
        },
        {
            trigger: `${ONE} td[name=readiness_staff] .o_park_check_no`,
        },
        {
            trigger: `${ONE} .o_park_score_badge.text-bg-warning:contains(1 / 4)`,
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
            content: "The card shows the region path once",
            trigger:
                ".o_kanban_record:contains(视图检查园) .o_park_region_path:contains(视图市 / 视图区 / 视图镇):not(:contains(视图区 / 视图市))",
        },
    ],
});
