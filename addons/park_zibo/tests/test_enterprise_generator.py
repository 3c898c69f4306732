# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from pathlib import Path

from stdnum.cn import uscc as stdnum_uscc

from odoo.modules.module import get_module_path
from odoo.tests import BaseCase, tagged

from ..tools import generate_demo
from ..tools.enterprise_generator import (
    Park,
    generate_enterprises,
    organisation_code_check,
)

PARKS = [
    Park("park_a", "张店", "370303", ["industry_fine_chemicals"]),
    Park("park_b", "淄博", "370300", ["industry_biomedicine", "industry_textiles"]),
]


@tagged("post_install", "-at_install")
class TestEnterpriseGenerator(BaseCase):
    def test_same_arguments_give_the_same_enterprises(self):
        first = list(generate_enterprises(50, PARKS))
        self.assertEqual(first, list(generate_enterprises(50, PARKS)))
        self.assertNotEqual(first, list(generate_enterprises(50, PARKS, seed=7)))

    def test_thousands_of_enterprises_with_valid_unique_codes(self):
        enterprises = list(generate_enterprises(3000, PARKS))
        codes = [e["uscc"] for e in enterprises]
        self.assertEqual(len(set(codes)), 3000)
        self.assertEqual(len({e["name"] for e in enterprises}), 3000)
        for enterprise in enterprises:
            code = enterprise["uscc"]
            self.assertTrue(stdnum_uscc.is_valid(code), code)
            self.assertEqual(code[2:8], enterprise["park"].division_code)
            self.assertEqual(organisation_code_check(code[8:16]), code[16])

    def test_names_are_chinese_company_names(self):
        for enterprise in generate_enterprises(200, PARKS):
            name = enterprise["name"]
            self.assertTrue(name.endswith("公司"), name)
            self.assertTrue(all("\u4e00" <= c <= "\u9fff" for c in name), name)
            self.assertTrue(enterprise["email"].endswith(".example.com"))
            self.assertTrue(enterprise["contacts"])

    def test_licences_are_issued_after_registration(self):
        for enterprise in generate_enterprises(500, PARKS):
            licences = enterprise["licences"]
            self.assertEqual(licences[0]["number"], enterprise["uscc"])
            for licence in licences:
                if "issue_date" in licence:
                    self.assertGreaterEqual(
                        licence["issue_date"], enterprise["registration_date"]
                    )
                    if licence["expiry_date"]:
                        self.assertGreater(
                            licence["expiry_date"], licence["issue_date"]
                        )
                else:
                    self.assertLess(licence["issue_offset"], licence["expiry_offset"])

    def test_demo_files_are_what_the_generator_writes(self):
        demo = Path(get_module_path("park_zibo")) / "demo"
        parks = generate_demo.read_parks()
        self.assertEqual(
            (demo / "res_partner_demo.xml").read_text(),
            generate_demo.enterprises_xml(parks),
        )
        self.assertEqual(
            (demo / "park_matter_list_demo.xml").read_text(),
            generate_demo.matter_list_xml(
                parks, generate_demo.read_stations(), generate_demo.read_matters()
            ),
        )
