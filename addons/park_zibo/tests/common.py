# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import gc
import logging

from odoo.modules.module import get_manifest
from odoo.tests import TransactionCase
from odoo.tools import convert_file

_logger = logging.getLogger(__name__)


class ZiboDemoCommon(TransactionCase):
    """The sample database: park_zibo's demo files loaded as Odoo loads them
    (``./park run``), in this test's transaction.

    The test databases are built without demo data; loading the files here
    checks that they load at all, and lets the tests read what a user of the
    sample database meets."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.demo_files = get_manifest("park_zibo")["demo"]
        if not cls.env.ref("park_zibo.park_maqiao_demo", raise_if_not_found=False):
            idref = {}
            env = cls.env(context=dict(cls.env.context, install_demo=True))
            for filename in cls.demo_files:
                _logger.info("loading park_zibo/%s", filename)
                convert_file(
                    env, "park_zibo", filename, idref, mode="init", noupdate=True
                )
            # what committing the installation does (tracking, messages),
            # and drop the thousands of environments of the loaded records
            # that each test would otherwise clear
            cls.env.flush_all()
            cls.cr.precommit.run()
            gc.collect()
        cls.zibo = cls.env.ref("park_zibo.region_zibo")
        cls.sample_parks = cls._demo_records("park.park")
        cls.sample_enterprises = cls._demo_records("res.partner").filtered(
            "is_park_enterprise"
        )

    @classmethod
    def _demo_records(cls, model):
        data = cls.env["ir.model.data"].search(
            [
                ("module", "=", "park_zibo"),
                ("model", "=", model),
                ("name", "=like", "%_demo"),
            ]
        )
        return cls.env[model].browse(data.mapped("res_id"))
