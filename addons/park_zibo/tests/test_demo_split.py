# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from pathlib import Path
from xml.etree import ElementTree

from odoo.modules.module import get_manifest, get_module_path
from odoo.tests import TransactionCase, tagged

# the models of real reference data; everything else park_zibo loads is
# fictitious and is demo data
REFERENCE_MODELS = {"park.region", "park.industry", "park.department"}


def _records(filename):
    path = Path(get_module_path("park_zibo")) / filename
    return list(ElementTree.parse(path).getroot().iter("record"))


@tagged("post_install", "-at_install")
class TestDemoSplit(TransactionCase):
    def test_database_without_demo_has_no_fictitious_enterprise(self):
        data = self.env["ir.model.data"].search([("module", "=", "park_zibo")])
        # the schema of park_zibo's own models (the sample data builder) is
        # no data
        fictitious = data.filtered(
            lambda d: d.model not in REFERENCE_MODELS | {"ir.model", "ir.model.fields"}
        )
        enterprises = self.env["res.partner"].browse(
            fictitious.filtered(lambda d: d.model == "res.partner").mapped("res_id")
        )
        if self.env.ref("base.module_park_zibo").demo:
            # a sample database: everything fictitious is named as demo
            self.assertTrue(enterprises.filtered("is_park_enterprise"))
            self.assertFalse(fictitious.filtered(lambda d: "_demo" not in d.name))
        else:
            self.assertFalse(fictitious, "only reference data without demo")
            self.assertFalse(enterprises)
            self.assertFalse(
                self.env["res.users"].search(
                    [
                        (
                            "login",
                            "in",
                            ("agent", "station", "county", "city", "enterprise"),
                        )
                    ]
                )
            )
            self.assertNotEqual(
                self.env.ref("base.main_company").name, "淄博市行政审批服务局"
            )
        self.assertTrue(data.filtered(lambda d: d.model == "park.region"))

    def test_data_files_hold_reference_data_only(self):
        manifest = get_manifest("park_zibo")
        for filename in manifest["data"]:
            models = {record.get("model") for record in _records(filename)}
            self.assertLessEqual(models, REFERENCE_MODELS, filename)

    def test_demo_records_are_named_as_demo(self):
        manifest = get_manifest("park_zibo")
        self.assertTrue(manifest["demo"])
        for filename in manifest["demo"]:
            self.assertTrue(filename.startswith("demo/"), filename)
            for record in _records(filename):
                xml_id = record.get("id")
                if "." in xml_id:
                    # another module's record the sample database changes
                    self.assertIn(xml_id, ("base.main_company", "base.user_admin"))
                    continue
                self.assertTrue(xml_id.endswith("_demo"), f"{filename}: {xml_id}")
