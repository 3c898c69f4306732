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
