{
    "name": "Park Service: Zibo Data",
    "summary": "Zibo's regions, industries, departments and sample parks and "
    "stations for 园区通",
    "version": "19.0.1.0.0",
    "category": "Services/Park Service",
    "license": "AGPL-3",
    "author": "园区通 contributors",
    "depends": [
        "park_base",
        "park_matter",
        "park_enterprise",
    ],
    "data": [
        "data/park_base_regions.xml",
        "data/park_base_industries.xml",
        "data/park_base_departments.xml",
        "data/park_base_parks.xml",
        "data/park_base_stations.xml",
        "data/park_matter_catalogue.xml",
        "data/park_matter_bundles.xml",
        "data/park_matter_lists.xml",
        "data/park_enterprise_demo.xml",
    ],
    "installable": True,
}
