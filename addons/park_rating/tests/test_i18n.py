# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from pathlib import Path

import polib

from odoo.tests import tagged
from odoo.tools.translate import TranslationModuleReader

from .common import ParkRatingCommon

I18N = Path(__file__).parent.parent / "i18n"


@tagged("post_install", "-at_install")
class TestI18n(ParkRatingCommon):
    def test_every_term_is_in_the_pot_and_translated(self):
        terms = {
            row[4]
            for row in TranslationModuleReader(self.env.cr, modules=["park_rating"])
            if row[0] == "park_rating"
        }
        pot = {entry.msgid for entry in polib.pofile(str(I18N / "park_rating.pot"))}
        po = {
            entry.msgid
            for entry in polib.pofile(str(I18N / "zh_CN.po"))
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
        }
        self.assertFalse(sorted(terms - pot)[:20], "export the terms to the .pot")
        self.assertFalse(sorted(terms - po)[:20], "translate them in zh_CN.po")

    def test_levels_and_timeline_read_in_chinese(self):
        self.addCleanup(self.registry.clear_all_caches)
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_rating"], ["zh_CN"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        levels = [
            label
            for _key, label in env["park.rating"]
            ._fields["level"]
            ._description_selection(env)
        ]
        self.assertEqual(
            levels, ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
        )
        rating = self._closed_case()._park_rate("dissatisfied", "portal")
        event = env["park.enterprise.event"].search(
            [("res_model", "=", "park.rating"), ("res_id", "=", rating.id)]
        )
        self.assertEqual(event.name, f"办件 {rating.ticket_id.number} 已评价：不满意")
        self.assertEqual(env.ref("park_rating.park_rating_menu_root").name, "好差评")
