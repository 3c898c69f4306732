# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Supervision",
    "summary": "Pilot plans (一园一策) with milestones and budgets, county joint "
    "meetings with action items, the city's yearly county scorecards computed "
    "from live data, inspections and enterprise surveys",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": [
        "survey",
        "park_base",
        "park_enterprise",
        "park_matter",
        "park_helpdesk",
        "park_rating",
        "park_crm",
    ],
    "external_dependencies": {"python": ["cn2an"]},
    "data": [
        "security/park_supervision_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "data/survey_survey_data.xml",
        "report/park_supervision_reports.xml",
        "report/park_supervision_report_templates.xml",
        "views/park_pilot_plan_views.xml",
        "views/park_joint_meeting_views.xml",
        "views/survey_views.xml",
        "views/portal_templates.xml",
        "data/park_evaluation_data.xml",
        "views/park_evaluation_views.xml",
        "views/park_scorecard_views.xml",
        "wizard/park_scorecard_revise_views.xml",
        "views/park_supervision_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "park_supervision/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": False,
}
