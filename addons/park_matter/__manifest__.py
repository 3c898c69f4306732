# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Matters",
    "summary": "Guidance catalogue of government service matters, park matter "
    "lists, service guides and 'one thing' bundles",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "author": "园区通 contributors",
    "license": "AGPL-3",
    "depends": ["park_base", "portal", "report_xlsx"],
    "external_dependencies": {"python": ["openpyxl", "xlsxwriter"]},
    "data": [
        "security/park_matter_security.xml",
        "security/ir.model.access.csv",
        "data/park_matter_channel_data.xml",
        "report/park_matter_reports.xml",
        "report/park_matter_report_templates.xml",
        "report/park_bundle_report_templates.xml",
        "views/park_matter_channel_views.xml",
        "views/park_matter_views.xml",
        "views/park_matter_material_views.xml",
        "views/park_matter_list_line_views.xml",
        "views/park_matter_delegation_views.xml",
        "views/park_bundle_views.xml",
        "views/park_park_views.xml",
        "views/park_matter_public_templates.xml",
        "wizards/park_matter_import_views.xml",
        "views/park_matter_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "park_matter/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": False,
}
