# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Enterprise Archive",
    "summary": "One file per enterprise (一企一档): USCC, park, industry tags, "
    "life-cycle stage, licences with expiry reminders and one timeline",
    "version": "19.0.1.0.0",
    "category": "Services/Park",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": ["park_base", "mail", "portal", "report_xlsx"],
    "external_dependencies": {"python": ["python-stdnum", "openpyxl", "xlsxwriter"]},
    "data": [
        "security/park_enterprise_security.xml",
        "security/ir.model.access.csv",
        "data/ir_config_parameter_data.xml",
        "data/park_licence_type_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "report/park_enterprise_reports.xml",
        "report/park_enterprise_file_templates.xml",
        "views/park_enterprise_event_views.xml",
        "views/park_enterprise_stage_history_views.xml",
        "views/park_enterprise_licence_views.xml",
        "views/park_licence_type_views.xml",
        "views/res_partner_views.xml",
        "views/park_park_views.xml",
        "views/res_config_settings_views.xml",
        "views/portal_templates.xml",
        "wizards/park_enterprise_import_views.xml",
        "views/park_enterprise_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "park_enterprise/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": False,
}
