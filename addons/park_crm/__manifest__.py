# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Proactive Service",
    "summary": "Department visits to the parks, enterprise demands, investment "
    "projects through their approval stages and policy matching, on CRM",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": [
        "crm",
        "calendar",
        "park_base",
        "park_matter",
        "park_enterprise",
        "park_helpdesk",
    ],
    "external_dependencies": {"python": ["cn2an"]},
    "data": [
        "security/park_crm_security.xml",
        "security/ir.model.access.csv",
        "data/crm_data.xml",
        "data/park_policy_option_data.xml",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "views/park_visit_plan_views.xml",
        "views/park_visit_views.xml",
        "views/crm_lead_views.xml",
        "views/crm_stage_views.xml",
        "views/park_policy_views.xml",
        "views/portal_templates.xml",
        "report/park_crm_reports.xml",
        "report/park_crm_report_templates.xml",
        "views/park_crm_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "park_crm/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": False,
}
