# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from .common import ParkSupervisionCommon


@tagged("post_install", "-at_install")
class TestEnterpriseSurvey(ParkSupervisionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.awareness = cls.env.ref("park_supervision.survey_park_awareness")
        cls.satisfaction = cls.env.ref("park_supervision.survey_park_satisfaction")
        cls.q_aware = cls.env.ref("park_supervision.survey_park_awareness_q1")
        cls.yes = cls.env.ref("park_supervision.survey_park_awareness_q1_a1")
        cls.no = cls.env.ref("park_supervision.survey_park_awareness_q1_a2")
        cls.contact_b = cls.env["res.partner"].create(
            {
                "name": "孙涛",
                "parent_id": cls.ent_b.id,
                "email": "suntao@qilu.example.com",
            }
        )
        # an enterprise of park A2 with no contact but its own e-mail
        cls.ent_a2 = cls.env["res.partner"].create(
            {
                "name": "甲区云帆软件有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": cls.park_a2.id,
                "email": "office@yunfan.example.com",
            }
        )

    def _send(self, survey, parks, user):
        # as the survey's "Send to Parks" button does
        action = survey.with_user(user).action_park_send()
        wizard = (
            self.env["survey.invite"]
            .with_user(user)
            .with_context(**action["context"])
            .create({"park_ids": [Command.set(parks.ids)]})
        )
        wizard.action_invite()
        return survey.user_input_ids

    def _answer(self, answer, choice):
        answer._save_lines(self.q_aware, choice.id)
        answer._mark_done()

    def test_data_questionnaires_are_an_awareness_and_a_satisfaction_survey(self):
        self.assertEqual(self.awareness.park_survey_kind, "awareness")
        self.assertEqual(self.satisfaction.park_survey_kind, "satisfaction")
        self.assertTrue(self.q_aware.park_is_awareness_question)
        self.assertTrue(self.yes.is_correct)
        self.assertEqual(self.awareness.access_mode, "token")

    def test_sending_to_a_park_invites_the_contacts_of_its_enterprises(self):
        answers = self._send(
            self.awareness, self.park_a1 | self.park_a2, self.county_admin
        )
        self.assertEqual(
            answers.partner_id,
            self.contact_a | self.enterprise.partner_id | self.ent_a2,
        )
        self.assertEqual(answers.mapped("state"), ["new"] * 3)
        self.assertEqual(set(answers.park_id.ids), {self.park_a1.id, self.park_a2.id})
        self.assertEqual(answers.park_county_id, self.county_a)
        mails = self.env["mail.mail"].search(
            [("recipient_ids", "in", self.contact_a.ids)]
        )
        self.assertTrue(mails)
        self.assertIn("answer_token", mails[-1].body_html)

    def test_sending_to_a_park_outside_the_scope_is_refused(self):
        # the county administrator can't even see park B1; the wizard checks
        # the scope too (for users who see more parks than they serve)
        with self.assertRaises(AccessError):
            self._send(self.awareness, self.park_a1 | self.park_b1, self.county_admin)
        self.assertFalse(self.awareness.user_input_ids)
        wizard = self.env["survey.invite"].create(
            {
                "survey_id": self.awareness.id,
                "park_ids": [Command.set(self.park_b1.ids)],
            }
        )
        with self.assertRaisesRegex(UserError, "乙县产业园"):
            wizard.with_user(self.county_admin).action_invite()
        self.assertFalse(self.awareness.user_input_ids)

    def test_sending_to_parks_without_reachable_contacts_is_refused(self):
        self.contact_b.email = False
        with self.assertRaisesRegex(UserError, "no contact"):
            self._send(self.awareness, self.park_b1, self.city_admin)

    def test_awareness_and_response_rate_from_known_answers(self):
        answers = self._send(
            self.awareness, self.park_a1 | self.park_a2, self.county_admin
        )
        answers |= self._send(self.awareness, self.park_b1, self.city_admin)
        by_partner = {answer.partner_id: answer for answer in answers}
        self._answer(by_partner[self.contact_a], self.yes)
        self._answer(by_partner[self.ent_a2], self.no)
        self._answer(by_partner[self.contact_b], self.yes)
        # started, not finished: neither completed nor aware
        by_partner[self.enterprise.partner_id]._save_lines(self.q_aware, self.yes.id)
        self.assertEqual(
            answers.filtered("park_is_aware").partner_id,
            self.contact_a | self.contact_b,
        )
        self.assertEqual(self.awareness.park_invited_count, 4)
        self.assertEqual(self.awareness.park_done_count, 3)
        self.assertEqual(self.awareness.park_response_rate, 75)
        rows = {
            park: (count, done, rate, aware)
            for park, count, done, rate, aware in self.env[
                "survey.user_input"
            ]._read_group(
                [("survey_id", "=", self.awareness.id)],
                groupby=["park_id"],
                aggregates=[
                    "__count",
                    "park_done_count:sum",
                    "park_done_rate:avg",
                    "park_aware_count:sum",
                ],
            )
        }
        self.assertEqual(rows[self.park_a1], (2, 1, 50, 1))
        self.assertEqual(rows[self.park_a2], (1, 1, 100, 0))
        self.assertEqual(rows[self.park_b1], (1, 1, 100, 1))

    def test_satisfaction_answers_are_never_aware(self):
        answer = self._send(self.satisfaction, self.park_b1, self.city_admin)
        question = self.env.ref("park_supervision.survey_park_satisfaction_q1")
        answer._save_lines(question, question.suggested_answer_ids[0].id)
        answer._mark_done()
        self.assertEqual(answer.state, "done")
        self.assertFalse(answer.park_is_aware)
        self.assertEqual(answer.park_survey_kind, "satisfaction")

    def test_county_sees_its_responses_and_changes_only_its_own_surveys(self):
        self._send(self.awareness, self.park_a1, self.county_admin)
        self._send(self.awareness, self.park_b1, self.city_admin)
        Answer = self.env["survey.user_input"].with_user(self.county_admin)
        seen = Answer.search([("survey_id", "=", self.awareness.id)])
        self.assertEqual(seen.park_county_id, self.county_a)
        self.assertEqual(len(seen), 2)
        survey = self.awareness.with_user(self.county_admin)
        survey.check_access("read")
        with self.assertRaises(AccessError):
            survey.write({"title": "改标题"})
        with self.assertRaises(AccessError):
            self.q_aware.with_user(self.county_admin).write({"title": "改题目"})
        own = (
            self.env["survey.survey"]
            .with_user(self.county_admin)
            .create(
                {"title": "甲区园区企业知晓度调查", "park_survey_kind": "awareness"}
            )
        )
        self.assertEqual(own.park_county_id, self.county_a)
        own.write({"title": "甲区园区企业知晓度调查（第二期）"})
        other = self.env["survey.survey"].create(
            {
                "title": "乙县问卷",
                "park_survey_kind": "satisfaction",
                "park_county_id": self.county_b.id,
            }
        )
        with self.assertRaises(AccessError):
            other.with_user(self.county_admin).check_access("read")

    def test_survey_form_opens_the_responses_per_park(self):
        action = self.awareness.action_park_responses()
        self.assertEqual(action["res_model"], "survey.user_input")
        self.assertIn(("survey_id", "=", self.awareness.id), action["domain"])
        action = self.awareness.action_park_send()
        self.assertEqual(action["res_model"], "survey.invite")


@tagged("post_install", "-at_install")
class TestEnterpriseSurveyPortal(HttpCase, ParkSupervisionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.enterprise.password = "park_enterprise_pw"
        cls.awareness = cls.env.ref("park_supervision.survey_park_awareness")
        wizard = (
            cls.env["survey.invite"]
            .with_context(**cls.awareness.action_park_send()["context"])
            .create({"park_ids": [Command.set(cls.park_a1.ids)]})
        )
        wizard.action_invite()
        cls.answer = cls.awareness.user_input_ids.filtered(
            lambda answer: answer.partner_id == cls.enterprise.partner_id
        )

    def test_portal_user_finds_the_survey_with_their_personal_link(self):
        self.authenticate("park_enterprise", "park_enterprise_pw")
        page = self.url_open("/my/surveys")
        self.assertEqual(page.status_code, 200)
        self.assertIn("o_park_survey_answer", page.text)
        self.assertIn(self.answer.access_token, page.text)
        self.assertEqual(len(self.awareness.user_input_ids), 2)
        other = (self.awareness.user_input_ids - self.answer).access_token
        self.assertNotIn(other, page.text)
