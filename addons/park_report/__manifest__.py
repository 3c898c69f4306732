# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Reports",
    "summary": "Managers' dashboards per role, XLSX ledgers over cases, ratings, "
    "visits and scorecards, background exports and the monthly county report",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": [
        "park_base",
        "park_enterprise",
        "park_matter",
        "park_helpdesk",
        "park_rating",
        "park_crm",
        "park_supervision",
    ],
    "data": [
        "security/park_report_security.xml",
        "security/ir.model.access.csv",
        "data/ir_config_parameter_data.xml",
        "data/ir_cron_data.xml",
        "views/park_report_ledger_views.xml",
        "views/park_report_export_views.xml",
        "views/park_report_dashboard_views.xml",
        "views/park_report_analysis_views.xml",
        "report/park_report_monthly.xml",
        "views/park_report_menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "park_report/static/src/dashboard/*",
            "park_report/static/src/ledger/*",
        ],
        "web.assets_tests": [
            "park_report/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": False,
}
