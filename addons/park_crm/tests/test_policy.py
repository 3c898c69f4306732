# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from odoo.addons.park_enterprise.tests.common import make_uscc

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestPolicy(ParkCrmCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["park.policy"])
        cls.tag = cls.env["park.industry"].create(
            {"name": "测试政策产业", "code": "t_policy", "category": "four_new"}
        )
        Partner = cls.env["res.partner"]
        base = {
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": cls.park_a1.id,
            "park_industry_ids": [Command.set(cls.tag.ids)],
            "enterprise_size": "small",
            "lifecycle_stage": "operating",
            "registration_date": cls.today - relativedelta(years=3),
        }
        cls.fits = Partner.create(
            dict(base, name="符合条件企业", uscc=make_uscc("91379901MA3P0L1C1"))
        )
        cls.too_big = Partner.create(
            dict(
                base,
                name="大型企业",
                uscc=make_uscc("91379901MA3P0L1C2"),
                enterprise_size="large",
            )
        )
        cls.too_young = Partner.create(
            dict(
                base,
                name="新设企业",
                uscc=make_uscc("91379901MA3P0L1C3"),
                registration_date=cls.today - relativedelta(months=6),
            )
        )
        cls.other_park = Partner.create(
            dict(
                base,
                name="外园区企业",
                uscc=make_uscc("91379921MA3P0L1C4"),
                park_id=cls.park_b1.id,
            )
        )
        cls.other_industry = Partner.create(
            dict(
                base,
                name="其他产业企业",
                uscc=make_uscc("91379901MA3P0L1C5"),
                park_industry_ids=[Command.clear()],
            )
        )
        cls.policy = cls.env["park.policy"].create(
            {
                "name": "中小企业数字化转型补贴",
                "issuing_body": "测试市工业和信息化局",
                "date_start": date(2030, 1, 1),
                "industry_ids": [Command.set(cls.tag.ids)],
                "size_option_ids": [
                    Command.set(
                        (
                            cls.env.ref("park_crm.policy_option_enterprise_size_small")
                            | cls.env.ref(
                                "park_crm.policy_option_enterprise_size_medium"
                            )
                        ).ids
                    )
                ],
                "stage_option_ids": [
                    Command.set(
                        cls.env.ref(
                            "park_crm.policy_option_lifecycle_stage_operating"
                        ).ids
                    )
                ],
                "park_ids": [Command.set((cls.park_a1 | cls.park_a2).ids)],
                "min_age": 1,
                "max_age": 5,
            }
        )

    def test_eligible_enterprises_are_those_meeting_every_criterion(self):
        self.assertEqual(self.policy._park_eligible_enterprises(), self.fits)
        self.assertEqual(self.policy.eligible_count, 1)

    def test_key_only_policy_leaves_out_other_enterprises(self):
        self.policy.is_key_only = True
        self.assertFalse(self.policy._park_eligible_enterprises())
        self.fits.is_key_enterprise = True
        self.assertEqual(self.policy._park_eligible_enterprises(), self.fits)

    def test_policy_without_criteria_is_for_every_enterprise(self):
        policy = self.env["park.policy"].create(
            {
                "name": "普惠政策",
                "issuing_body": "测试市",
                "date_start": date(2030, 1, 1),
            }
        )
        eligible = policy._park_eligible_enterprises()
        self.assertLessEqual(
            self.fits | self.too_big | self.too_young | self.ent_a | self.ent_b,
            eligible,
        )

    def test_inconsistent_ages_are_refused(self):
        with self.assertRaisesRegex(ValidationError, "minimum age"):
            self.policy.write({"min_age": 6})

    def test_notify_records_reach_and_read_figures(self):
        with self.assertRaisesRegex(UserError, "Publish the policy"):
            self.policy.action_notify_eligible()
        self.policy.is_key_only = False
        self.policy.park_ids = False
        self.policy.action_publish()
        # the county administrator reaches the enterprises of their county
        self.policy.with_user(self.county_admin).action_notify_eligible()
        self.assertEqual(self.policy.recipient_ids.partner_id, self.fits)
        self.assertEqual(self.policy.recipient_ids.reached_by_id, self.county_admin)
        # the city the others, once each
        self.policy.with_user(self.city_admin).action_notify_eligible()
        recipients = self.policy.recipient_ids
        self.assertEqual(recipients.partner_id, self.fits | self.other_park)
        self.assertTrue(all(recipients.mapped("reached_date")))
        self.assertEqual((self.policy.reached_count, self.policy.read_count), (2, 0))
        message = self.env["mail.message"].search(
            [("model", "=", "res.partner"), ("res_id", "=", self.fits.id)],
            order="id desc",
            limit=1,
        )
        self.assertIn("/my/policies/%s" % self.policy.id, message.body)
        recipients.filtered(lambda r: r.partner_id == self.fits)._park_mark_read()
        self.policy.invalidate_recordset()
        self.assertEqual((self.policy.reached_count, self.policy.read_count), (2, 1))
        self.assertAlmostEqual(self.policy.read_rate, 50.0)
        with self.assertRaisesRegex(UserError, "already been notified"):
            self.policy.action_notify_eligible()
