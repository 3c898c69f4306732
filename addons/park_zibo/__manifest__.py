# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Park Service: Zibo Data",
    "summary": "Zibo's regions, departments and industries for 园区通, and a "
    "sample database of parks, stations, catalogue, enterprises and users",
    "version": "19.0.1.1.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    # every park addon: another city is a new data addon like this one
    "depends": [
        "park_base",
        "park_matter",
        "park_enterprise",
        "park_helpdesk",
        "park_rating",
        "park_crm",
        "park_supervision",
    ],
    "external_dependencies": {"python": ["python-stdnum"]},
    "data": [
        "data/park_base_regions.xml",
        "data/park_base_industries.xml",
        "data/park_base_departments.xml",
    ],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/park_park_demo.xml",
        "demo/park_station_demo.xml",
        "demo/park_matter_demo.xml",
        "demo/park_bundle_demo.xml",
        "demo/park_matter_list_demo.xml",
        "demo/res_partner_demo.xml",
        "demo/res_users_demo.xml",
        "demo/helpdesk_demo.xml",
        "demo/park_supervision_demo.xml",
    ],
    "installable": True,
}
