# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re
from datetime import timedelta

from lxml import etree
from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, HttpCase, tagged
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestGapAgainstParkMatters(ParkMatterCommon):
    """二(四): a park's gap counts the matters the catalogue allows in parks."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.m_city_only = cls._make_matter(
            "379900-XK-000199001000",
            "市级专属许可",
            statutory=20,
            promised=10,
        )
        cls.m_city_only.with_user(cls.city_admin).may_handle_in_park = False

    def test_city_level_matter_is_no_gap(self):
        self.assertTrue(self.m_register.may_handle_in_park, "the default")
        # marking it is no new version of the guide
        self.assertEqual(self.m_city_only.state, "published")
        self.assertEqual(self.m_city_only.version, 1)
        gap = self.env["park.matter"]._get_gap_matters(self.park_a)
        self.assertEqual(gap, self.m_register | self.m_seal | self.m_tax)
        self.assertEqual(self.park_a.matter_gap_count, 3)

    def test_park_holding_all_park_matters_is_complete(self):
        (self.m_register | self.m_seal | self.m_tax).with_context(
            park_matter_park_id=self.park_a.id
        ).with_user(self.station_manager).action_add_to_park_list()
        self.park_a.invalidate_recordset(["matter_gap_count"])
        self.assertEqual(self.park_a.matter_gap_count, 0)
        self.assertFalse(self.env["park.matter"]._get_gap_matters(self.park_a))
        action = self.park_a.action_gap_analysis()
        shown = self.env["park.matter"].search(
            action["domain"] + [("code", "=like", "379900-%")]
        )
        self.assertNotIn(self.m_city_only, shown)
        # park B still misses them, not the city's own matter
        self.assertEqual(self.park_b.matter_gap_count, 3)

    def test_only_city_admin_marks_the_catalogue(self):
        with self.assertRaises(AccessError):
            self.m_tax.with_user(self.county_admin).may_handle_in_park = False
        with Form(self.m_tax.with_user(self.city_admin)) as form:
            form.may_handle_in_park = False
        self.assertFalse(self.m_tax.may_handle_in_park)
        self.assertEqual(self.m_tax.state, "published")


class ParkDelegationCommon(ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["park.matter.delegation"])
        cls.line_a = cls.env["park.matter.list.line"].create(
            {"park_id": cls.park_a.id, "matter_id": cls.m_register.id}
        )
        Delegation = cls.env["park.matter.delegation"]
        cls.delegation_a = Delegation.create(
            {
                "matter_id": cls.m_register.id,
                "department_id": cls.dept_amr.id,
                "park_id": cls.park_a.id,
                "station_id": cls.station_a.id,
                "document_number": "测市监发〔2026〕8号",
                "document_date": cls.today - timedelta(days=30),
                "date_from": cls.today - timedelta(days=20),
                "date_to": cls.today + timedelta(days=365),
            }
        )
        cls.delegation_expired = Delegation.create(
            {
                "matter_id": cls.m_register.id,
                "department_id": cls.dept_amr.id,
                "park_id": cls.park_a.id,
                "document_number": "测市监发〔2020〕1号",
                "date_from": cls.today - timedelta(days=2000),
                "date_to": cls.today - timedelta(days=1000),
            }
        )
        cls.delegation_b = Delegation.create(
            {
                "matter_id": cls.m_register.id,
                "department_id": cls.dept_amr.id,
                "park_id": cls.park_b.id,
                "document_number": "测市监发〔2026〕9号",
                "date_from": cls.today,
            }
        )


@tagged("post_install", "-at_install")
class TestDelegation(ParkDelegationCommon):
    """二(四) 充分授权: who authorised which matter to which centre or station."""

    def test_shown_on_the_park_list_line(self):
        self.assertEqual(self.line_a.delegation_ids, self.delegation_a)
        self.assertTrue(self.delegation_a.is_in_force)
        self.assertFalse(self.delegation_expired.is_in_force)
        in_force = self.env["park.matter.delegation"].search(
            [("is_in_force", "=", True), ("matter_id", "=", self.m_register.id)]
        )
        self.assertEqual(in_force, self.delegation_a | self.delegation_b)
        self.assertEqual(
            self.line_a.with_user(self.agent).delegation_ids, self.delegation_a
        )

    def test_scope_per_role(self):
        Delegation = self.env["park.matter.delegation"]
        all_three = self.delegation_a | self.delegation_expired | self.delegation_b
        for user, expected in (
            (self.agent, self.delegation_a | self.delegation_expired),
            (self.station_manager, self.delegation_a | self.delegation_expired),
            (self.county_admin, self.delegation_a | self.delegation_expired),
            (self.city_admin, all_three),
        ):
            with self.subTest(user=user.login):
                found = (
                    Delegation.with_user(user)
                    .with_context(active_test=False)
                    .search([("id", "in", all_three.ids)])
                )
                self.assertEqual(found, expected)
        for user in (self.employee, self.enterprise_user, self.public_user):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.delegation_a.with_user(user).read(["document_number"])

    def test_county_admin_records_delegations_of_its_parks(self):
        Delegation = self.env["park.matter.delegation"].with_user(self.county_admin)
        with Form(Delegation) as form:
            form.matter_id = self.m_tax
            self.assertEqual(form.department_id, self.dept_tax)
            form.park_id = self.park_a
            form.station_id = self.station_a
            form.document_number = "测税发〔2026〕3号"
        self.assertEqual(form.record.county_id, self.county_a)
        with self.assertRaises(AccessError):
            Delegation.create(
                {
                    "matter_id": self.m_tax.id,
                    "department_id": self.dept_tax.id,
                    "park_id": self.park_b.id,
                    "document_number": "x",
                }
            )
        with self.assertRaises(AccessError):
            self.delegation_a.with_user(self.county_admin).write(
                {"park_id": self.park_b.id}
            )
        for user in (self.agent, self.station_manager):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.delegation_a.with_user(user).write({"document_number": "改"})

    def test_station_of_the_park_and_dates_in_order(self):
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.delegation_a.station_id = self.station_b1
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.delegation_b.date_to = self.today - timedelta(days=1)
                self.delegation_b.flush_recordset()

    def test_follows_the_new_version(self):
        self.m_register.with_user(self.city_admin).write({"conditions": "新版条件"})
        new = self.line_a.matter_id
        self.assertNotEqual(new, self.m_register)
        self.assertEqual(self.delegation_a.matter_id, new)
        self.assertEqual(self.line_a.delegation_ids, self.delegation_a)


@tagged("post_install", "-at_install")
class TestDelegationPublicPage(HttpCase, ParkDelegationCommon):
    def test_public_matter_page_shows_delegations_in_force(self):
        res = self.url_open(f"/park/matter/{self.m_register.id}")
        self.assertEqual(res.status_code, 200)
        self.assertIn("o_park_delegations", res.text)
        self.assertIn("测市监发〔2026〕8号", res.text)
        self.assertIn(self.station_a.name, res.text)
        self.assertIn((self.today - timedelta(days=20)).strftime("%Y-%m-%d"), res.text)
        self.assertNotIn("测市监发〔2020〕1号", res.text)
        res = self.url_open(f"/park/matter/{self.m_tax.id}")
        self.assertNotIn("o_park_delegations", res.text)


class ParkBundleCommon(ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Bundle = cls.env["park.bundle"]
        cls.city_bundle = Bundle.create(
            {
                "name": "全市企业开办",
                "code": "T-CITY-OPEN",
                "line_ids": [
                    Command.create({"matter_id": cls.m_register.id, "step": 1}),
                    Command.create({"matter_id": cls.m_tax.id, "step": 1}),
                ],
            }
        )
        cls.bundle_a = Bundle.create(
            {
                "name": "甲区化工园项目落地",
                "code": "T-A1-PROJECT",
                "park_id": cls.park_a.id,
                "line_ids": [
                    Command.create({"matter_id": cls.m_register.id, "step": 1}),
                ],
            }
        )
        cls.bundle_b = Bundle.create(
            {
                "name": "乙县园区开工一件事",
                "code": "T-B1-START",
                "park_id": cls.park_b.id,
                "line_ids": [Command.create({"matter_id": cls.m_seal.id})],
            }
        )
        (cls.city_bundle | cls.bundle_a | cls.bundle_b).action_publish()


@tagged("post_install", "-at_install")
class TestParkBundles(ParkBundleCommon):
    """二(五): a park's own "one thing" bundles besides the city's."""

    def test_park_bundles_are_scoped(self):
        Bundle = self.env["park.bundle"]
        self.assertIn("park.scope.mixin", Bundle._inherit)
        self.assertEqual(self.bundle_a.line_ids.park_id, self.park_a)
        bundles = self.city_bundle | self.bundle_a | self.bundle_b
        for user, expected in (
            (self.agent, self.city_bundle | self.bundle_a),
            (self.station_manager, self.city_bundle | self.bundle_a),
            (self.county_admin, self.city_bundle | self.bundle_a),
            (self.city_admin, bundles),
            (self.enterprise_user, bundles),
        ):
            with self.subTest(user=user.login):
                self.assertEqual(
                    Bundle.with_user(user).search([("id", "in", bundles.ids)]),
                    expected,
                )
                lines = self.env["park.bundle.line"].with_user(user)
                self.assertEqual(
                    lines.search([("bundle_id", "in", bundles.ids)]).bundle_id,
                    expected,
                )

    def test_station_manager_keeps_own_park_bundles(self):
        Bundle = self.env["park.bundle"].with_user(self.station_manager)
        with Form(Bundle) as form:
            form.name = "甲区化工园危化品经营"
            form.code = "T-A1-HAZ"
            form.park_id = self.park_a
            with form.line_ids.new() as line:
                line.matter_id = self.m_seal
        bundle = form.record
        bundle.action_publish()
        self.assertEqual(bundle.state, "published")
        self.bundle_a.with_user(self.station_manager).write({"name": "改名"})
        with self.assertRaises(AccessError):
            Bundle.create(
                {"name": "乙县的", "code": "T-B1-X", "park_id": self.park_b.id}
            )
        with self.assertRaises(AccessError):
            Bundle.create({"name": "全市的", "code": "T-CITY-X"})
        with self.assertRaises(AccessError):
            self.city_bundle.with_user(self.station_manager).write({"name": "改"})
        with self.assertRaises(AccessError):
            self.bundle_a.with_user(self.station_manager).write(
                {"park_id": self.park_b.id}
            )
        with self.assertRaises(AccessError):
            self.bundle_a.line_ids.with_user(self.station_manager).write(
                {"bundle_id": self.bundle_b.id}
            )
        with self.assertRaises(AccessError):
            self.bundle_b.line_ids.with_user(self.station_manager).unlink()
        with self.assertRaises(AccessError):
            self.bundle_a.with_user(self.agent).write({"name": "改"})


@tagged("post_install", "-at_install")
class TestParkBundlePages(HttpCase, ParkBundleCommon):
    def test_park_page_shows_park_and_city_bundles(self):
        res = self.url_open(f"/park/{self.park_a.id}/matters")
        self.assertEqual(res.status_code, 200)
        self.assertIn("全市企业开办", res.text)
        self.assertIn("甲区化工园项目落地", res.text)
        self.assertNotIn("乙县园区开工一件事", res.text)
        res = self.url_open(f"/park/{self.park_b.id}/matters")
        self.assertIn("全市企业开办", res.text)
        self.assertIn("乙县园区开工一件事", res.text)
        self.assertNotIn("甲区化工园项目落地", res.text)
        # the index lists the city's bundles; a park's are on its page
        res = self.url_open("/park/parks")
        self.assertIn("全市企业开办", res.text)
        self.assertNotIn("甲区化工园项目落地", res.text)
        res = self.url_open(f"/park/bundle/{self.bundle_a.id}")
        self.assertEqual(res.status_code, 200)
        self.assertIn("o_park_bundle_park", res.text)

    def test_saving_green_only_when_positive(self):
        # city bundle: 1 + 2 working days in parallel (2) instead of 3
        self.assertEqual(self.city_bundle.saved_days, 1)
        res = self.url_open(f"/park/bundle/{self.city_bundle.id}")
        self.assertIn("o_park_bundle_saving", res.text)
        # one matter: nothing saved, nothing shown
        self.assertEqual(self.bundle_a.saved_days, 0)
        res = self.url_open(f"/park/bundle/{self.bundle_a.id}")
        self.assertEqual(res.status_code, 200)
        self.assertNotIn("o_park_bundle_saving", res.text)
        self.assertNotIn("text-success", res.text)

    def test_public_pages_are_chinese_park_service_hub(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.public_user.lang = "zh_CN"
        for url in (
            "/park/parks",
            f"/park/{self.park_a.id}/matters",
            f"/park/matter/{self.m_register.id}",
            f"/park/bundle/{self.city_bundle.id}",
        ):
            with self.subTest(url=url):
                res = self.url_open(url, cookies={"frontend_lang": "zh_CN"})
                self.assertEqual(res.status_code, 200)
                self.assertRegex(res.text, r'<html[^>]* lang="zh-CN"')
                title = re.search(r"<title>(.*?)</title>", res.text, re.S).group(1)
                self.assertIn("园区通", title)
        res = self.url_open(f"/park/matter/{self.m_register.id}")
        self.assertIn("<title>企业设立登记 | 园区通</title>", res.text)


@tagged("post_install", "-at_install")
class TestListsDoNotAddUpLimits(ParkBundleCommon):
    """Grouped lists show no sum of time limits: they don't add up."""

    def test_limits_have_no_aggregate(self):
        for model, names in (
            (
                "park.matter.list.line",
                ["local_promised_limit", "catalogue_promised_limit"],
            ),
            ("park.matter", ["statutory_limit", "promised_limit"]),
            (
                "park.bundle",
                [
                    "combined_limit",
                    "individual_limit_total",
                    "saved_days",
                    "saved_percent",
                ],
            ),
        ):
            described = self.env[model].with_user(self.county_admin).fields_get(names)
            for name in names:
                with self.subTest(model=model, field=name):
                    self.assertFalse(described[name].get("aggregator"))

    def test_grouped_list_reads_no_sum(self):
        Line = self.env["park.matter.list.line"].with_user(self.county_admin)
        Line.create({"park_id": self.park_a.id, "matter_id": self.m_tax.id})
        Line.create({"park_id": self.park_a.id, "matter_id": self.m_register.id})
        groups = Line.web_read_group(
            [("park_id", "=", self.park_a.id)],
            ["park_id"],
            ["__count"],
        )["groups"]
        self.assertEqual(groups[0]["__count"], 2)
        self.assertNotIn("local_promised_limit:sum", groups[0])

    def test_bundle_kanban_and_pdf_show_no_empty_saving(self):
        arch = self.env["park.bundle"].get_views([(False, "kanban")])["views"][
            "kanban"
        ]["arch"]
        self.assertIn("saved_days.raw_value", arch)
        html, _kind = (
            self.env["ir.actions.report"]
            .with_context(lang="en_US")
            ._render_qweb_html("park_matter.report_bundle_guide", self.bundle_a.ids)
        )
        self.assertNotIn("0 working days (0%)", html.decode())
        html, _kind = (
            self.env["ir.actions.report"]
            .with_context(lang="en_US")
            ._render_qweb_html("park_matter.report_bundle_guide", self.city_bundle.ids)
        )
        self.assertIn("%)", html.decode())


@tagged("post_install", "-at_install")
class TestDatesShowTheYear(ParkMatterCommon):
    """Odoo leaves out the current year of a date unless it is shown numeric:
    the dates users need (publication, delegation periods) carry the year."""

    def test_date_fields_shown_numeric(self):
        for model, view_types in (
            ("park.matter", ["form"]),
            ("park.matter.delegation", ["list", "form"]),
        ):
            views = self.env[model].get_views([(False, vt) for vt in view_types])
            for view_type in view_types:
                arch = etree.fromstring(views["views"][view_type]["arch"])
                for node in arch.iter("field"):
                    info = views["models"][self._model_of(views, model, node)][
                        "fields"
                    ].get(node.get("name"), {})
                    if info.get("type") != "date":
                        continue
                    with self.subTest(
                        model=model, view=view_type, field=node.get("name")
                    ):
                        options = safe_eval(node.get("options") or "{}")
                        self.assertTrue(options.get("numeric"))

    def _model_of(self, views, model, node):
        """The model whose field ``node`` is (sub-views of x2many fields)."""
        parent = node.getparent()
        while parent is not None:
            if parent.tag == "field":
                return views["models"][model]["fields"][parent.get("name")]["relation"]
            parent = parent.getparent()
        return model


@tagged("post_install", "-at_install")
class TestParkBundleButton(ParkBundleCommon):
    def test_park_opens_its_own_bundles(self):
        park = self.park_a.with_user(self.station_manager)
        self.assertEqual(park.bundle_count, 1)
        action = park.action_view_bundles()
        bundles = self.env["park.bundle"].with_user(self.station_manager)
        self.assertEqual(bundles.search(action["domain"]), self.bundle_a)
        with Form(bundles.with_context(**action["context"])) as form:
            form.name = "甲区化工园第二件事"
            form.code = "T-A1-SECOND"
            self.assertEqual(form.park_id, self.park_a)
        self.assertEqual(form.record.park_id, self.park_a)
        self.park_a.invalidate_recordset(["bundle_count"])
        self.assertEqual(self.park_a.bundle_count, 2)
