# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo.tests import HttpCase, new_test_user, tagged

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestPortal(ParkHelpdeskCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_b = new_test_user(
            cls.env,
            login="park_enterprise_b",
            groups="base.group_portal,park_base.group_park_enterprise",
            parent_id=cls.ent_b.id,
        )
        cls.case_b = cls._file(enterprise=cls.ent_b, station=cls.station_b1)

    def _csrf(self, url):
        page = self.url_open(url).text
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def _file_on_portal(self):
        self.authenticate("park_enterprise", "park_enterprise")
        page = self.url_open("/my/park/case/new")
        self.assertEqual(page.status_code, 200)
        self.assertIn(self.matter.name, page.text)
        self.assertNotIn(self.matter_off_list.name, page.text)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        response = self.url_open(
            "/my/park/case/submit",
            data={
                "csrf_token": token,
                "subject": f"matter-{self.matter.id}",
                "station_id": self.station_a1.id,
                "description": "请帮忙办理排污许可",
            },
        )
        self.assertEqual(response.status_code, 200)
        case = self.Ticket.search([("partner_id", "=", self.enterprise.partner_id.id)])
        self.assertEqual(len(case), 1)
        return case, token

    def test_enterprise_files_uploads_follows_and_withdraws(self):
        case, token = self._file_on_portal()
        self.assertEqual(case.enterprise_id, self.ent_a)
        self.assertEqual(case.park_channel, "online")
        self.assertEqual(case.park_id, self.park_a1)
        page = self.url_open(f"/my/ticket/{case.id}")
        self.assertIn(case.number, page.text)
        self.assertIn("环评批复", page.text)
        line = case.material_line_ids[1]
        response = self.url_open(
            f"/my/park/case/{case.id}/material/{line.id}/upload",
            data={"csrf_token": token},
            files={"upload": ("环评批复.pdf", b"%PDF-1.4 test", "application/pdf")},
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(line.attachment_ids.name, "环评批复.pdf")
        page = self.url_open(f"/my/ticket/{case.id}").text
        link = re.search(
            r'href="(/web/content/\d+\?download=true&amp;access_token=[^"]+)"', page
        )
        download = self.url_open(link.group(1).replace("&amp;", "&"))
        self.assertEqual(download.status_code, 200)
        self.assertEqual(download.content, b"%PDF-1.4 test")
        self.url_open(f"/my/park/case/{case.id}/withdraw", data={"csrf_token": token})
        self.assertEqual(case.park_state, "withdrawn")
        self.assertEqual(case.outcome, "withdrawn")

    def test_matter_of_another_list_is_refused_on_the_portal(self):
        self.authenticate("park_enterprise", "park_enterprise")
        token = self._csrf("/my/park/case/new")
        response = self.url_open(
            "/my/park/case/submit",
            data={"csrf_token": token, "subject": f"matter-{self.matter_off_list.id}"},
        )
        # the portal speaks the enterprise's language (zh_CN in the template)
        self.assertIn("alert-danger", response.text)
        self.assertIn(self.matter_off_list.name, response.text)
        self.assertFalse(
            self.Ticket.search([("partner_id", "=", self.enterprise.partner_id.id)])
        )

    def test_another_enterprises_case_and_files_are_refused(self):
        case, _token = self._file_on_portal()
        line = case.material_line_ids[0]
        attachment = self.env["ir.attachment"].create(
            {
                "name": "secret.pdf",
                "raw": b"secret",
                "res_model": "park.helpdesk.material",
                "res_id": line.id,
            }
        )
        line.attachment_ids = attachment
        self.authenticate("park_enterprise_b", "park_enterprise_b")
        token = self._csrf("/my/park/case/new")
        page = self.url_open(f"/my/ticket/{case.id}")
        self.assertNotIn(case.number, page.text)
        response = self.url_open(
            f"/my/park/case/{case.id}/material/{line.id}/upload",
            data={"csrf_token": token},
            files={"upload": ("x.pdf", b"x", "application/pdf")},
        )
        self.assertEqual(response.status_code, 404)
        response = self.url_open(
            f"/my/park/case/{case.id}/withdraw", data={"csrf_token": token}
        )
        self.assertEqual(response.status_code, 404)
        # OCA's close route moved any ticket by id
        cancelled = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_cancelled")
        response = self.url_open(
            f"/ticket/close?ticket_id={case.id}&stage_id={cancelled.id}"
        )
        self.assertEqual(response.status_code, 404)
        for url in (
            f"/web/content/{attachment.id}?download=true",
            f"/web/content/{attachment.id}?download=true&access_token=guess",
        ):
            download = self.url_open(url)
            self.assertIn(download.status_code, (403, 404))
            self.assertNotEqual(download.content, b"secret")
        self.assertEqual(case.park_state, "new")
        self.assertEqual(len(line.attachment_ids), 1)
        # its own case is there
        self.assertIn(self.case_b.number, self.url_open("/my/tickets").text)

    def test_portal_cannot_complete_a_case_through_the_close_route(self):
        case, _token = self._file_on_portal()
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        response = self.url_open(
            f"/ticket/close?ticket_id={case.id}&stage_id={done.id}"
        )
        self.assertEqual(response.status_code, 403)
        self.assertEqual(case.park_state, "new")
