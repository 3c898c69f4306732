# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestBranding(HttpCase):
    def test_server_rendered_pages_are_titled_park_app(self):
        response = self.url_open("/web/login")
        self.assertEqual(response.status_code, 200)
        self.assertIn("<title>园区通</title>", response.text)
        self.assertNotIn("<title>Odoo</title>", response.text)

    def test_web_client_title_is_patched(self):
        bundle = self.env["ir.qweb"]._get_asset_bundle("web.assets_backend")
        self.assertIn(
            "/park_base/static/src/js/park_title.js",
            [asset.url for asset in bundle.javascripts],
        )

    def test_web_client_title_ends_with_park_app(self):
        # fails by timeout when the title never ends with 园区通
        self.browser_js(
            "/odoo/action-park_base.park_park_action",
            """
            const check = () => {
                if (document.title.endsWith(" - 园区通")
                        && !document.title.includes("Odoo")) {
                    console.log("test successful");
                } else {
                    setTimeout(check, 200);
                }
            };
            check();
            """,
            login="admin",
            timeout=120,
        )
