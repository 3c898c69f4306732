# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Service Network",
    "summary": "Regions, industrial parks, service centres and stations, staff, "
    "access by level and China's working-day calendar",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": ["base", "mail", "portal", "resource", "report_xlsx"],
    "external_dependencies": {
        "python": ["chinese-calendar", "pypinyin", "openpyxl", "xlsxwriter"]
    },
    "data": [
        "security/park_base_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "data/park_industry_data.xml",
        "data/park_department_data.xml",
        "views/park_region_views.xml",
        "views/park_industry_views.xml",
        "views/park_department_views.xml",
        "views/park_park_views.xml",
        "views/park_station_views.xml",
        "views/park_station_window_views.xml",
        "views/park_station_terminal_views.xml",
        "views/park_station_equipment_views.xml",
        "views/park_staff_assignment_views.xml",
        "views/park_training_views.xml",
        "views/park_holiday_views.xml",
        "views/res_users_views.xml",
        "views/park_base_web_templates.xml",
        "wizards/park_working_day_calculator_views.xml",
        "wizards/park_holiday_notice_views.xml",
        "views/park_base_menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "park_base/static/src/js/park_title.js",
            "park_base/static/src/scss/park_base.scss",
            "park_base/static/src/fields/*",
        ],
        "web.assets_tests": [
            "park_base/static/tests/tours/park_base_station_tour.js",
            "park_base/static/tests/tours/park_base_calculator_tour.js",
            "park_base/static/tests/tours/park_base_readiness_views_tour.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "application": True,
    "installable": True,
}
