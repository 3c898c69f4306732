# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Helpdesk Cases",
    "summary": "Cases about park matters on OCA helpdesk: material checklist, "
    "promised deadline in working days, three-level help/agent teams, duty "
    "rota, escalation park > county > city, joint handling and online intake",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": [
        "park_base",
        "park_matter",
        "park_enterprise",
        "helpdesk_mgmt",
        "helpdesk_mgmt_merge",
    ],
    "data": [
        "security/park_helpdesk_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_config_parameter_data.xml",
        "data/helpdesk_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "views/helpdesk_ticket_views.xml",
        "views/helpdesk_ticket_team_views.xml",
        "views/park_helpdesk_rota_views.xml",
        "views/portal_templates.xml",
        "wizards/park_helpdesk_escalate_views.xml",
        "wizards/park_helpdesk_refuse_views.xml",
        "wizards/park_helpdesk_rota_generate_views.xml",
        "views/park_helpdesk_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "park_helpdesk/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
    "application": False,
}
