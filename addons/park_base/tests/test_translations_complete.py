# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import polib

from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import TranslationModuleReader


@tagged("post_install", "-at_install")
class TestTranslationsComplete(TransactionCase):
    """Every term of every park addon is in its i18n/<addon>.pot (which Odoo
    merges with the .po when loading it: a term missing there is dropped) and
    translated in i18n/zh_CN.po. `./park i18n` brings both up to date."""

    def test_every_term_of_every_park_addon_is_translated(self):
        modules = self.env["ir.module.module"].search(
            [("name", "=like", "park\\_%"), ("state", "=", "installed")]
        )
        self.assertTrue(modules)
        for module in modules.mapped("name"):
            path = get_module_path(module)
            terms = {
                row[4]
                for row in TranslationModuleReader(self.env.cr, modules=[module])
                if row[0] == module
            }
            pot = {entry.msgid for entry in polib.pofile(f"{path}/i18n/{module}.pot")}
            po = {
                entry.msgid
                for entry in polib.pofile(f"{path}/i18n/zh_CN.po")
                if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
            }
            with self.subTest(module=module, check="pot"):
                self.assertFalse(
                    sorted(terms - pot)[:20], f"run ./park i18n -m {module}"
                )
            with self.subTest(module=module, check="zh_CN"):
                self.assertFalse(sorted(terms - po)[:20], f"translate {module}")
