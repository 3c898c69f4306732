# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Good/Bad Reviews",
    "summary": "好差评 on park cases: five national levels, one review per case "
    "from the portal, a mailed link or the window's review device; bad reviews "
    "rectified within working days and called back; appeals; computed rates",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": ["park_helpdesk"],
    "data": [
        "security/park_rating_security.xml",
        "security/ir.model.access.csv",
        "data/ir_config_parameter_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "views/park_rating_views.xml",
        "views/park_rating_rectification_views.xml",
        "views/park_rating_callback_views.xml",
        "views/park_rating_appeal_views.xml",
        "views/park_rating_device_views.xml",
        "views/park_rating_report_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/portal_templates.xml",
        "views/res_config_settings_views.xml",
        "wizards/park_rating_record_views.xml",
        "views/park_rating_menus.xml",
    ],
    "assets": {
        "web.assets_frontend": ["park_rating/static/src/scss/park_rating.scss"],
        "web.assets_tests": ["park_rating/static/tests/tours/*.js"],
    },
    "installable": True,
    "application": False,
}
