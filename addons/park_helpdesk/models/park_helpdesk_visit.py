# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

VISIT_STATES = [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")]


class ParkHelpdeskVisit(models.Model):
    """A door-to-door visit (上门办) scheduled on a case."""

    _name = "park.helpdesk.visit"
    _inherit = ["park.scope.mixin", "mail.thread", "mail.activity.mixin"]
    _description = "Door-to-door Visit"
    _order = "date_start desc, id desc"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="ticket_id.park_id", store=True)
    enterprise_id = fields.Many2one(related="ticket_id.enterprise_id")
    date_start = fields.Datetime(string="Visit Time", required=True, index=True)
    duration = fields.Float(string="Duration (hours)", default=1.0)
    address = fields.Char(
        compute="_compute_address",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
    )
    user_ids = fields.Many2many(
        comodel_name="res.users",
        relation="park_helpdesk_visit_res_users_rel",
        column1="visit_id",
        column2="user_id",
        string="Staff",
        domain=[("share", "=", False)],
    )
    state = fields.Selection(
        selection=VISIT_STATES, string="Status", default="planned", required=True
    )
    note = fields.Text(string="Notes")

    @api.depends("ticket_id.enterprise_id")
    def _compute_address(self):
        for visit in self:
            if not visit.address and visit.ticket_id.enterprise_id:
                visit.address = visit.ticket_id.enterprise_id._display_address(
                    without_company=True
                ).replace("\n", " ")

    @api.depends("ticket_id", "date_start")
    def _compute_display_name(self):
        for visit in self:
            visit.display_name = (
                f"{visit.ticket_id.number or ''} "
                f"{fields.Datetime.to_string(visit.date_start) or ''}"
            ).strip()

    @api.model_create_multi
    def create(self, vals_list):
        visits = super().create(vals_list)
        for visit in visits:
            for user in visit.user_ids:
                visit.activity_schedule(
                    "mail.mail_activity_data_meeting",
                    date_deadline=fields.Date.to_date(visit.date_start),
                    summary=self.env._(
                        "Door-to-door visit for case %(number)s: %(address)s",
                        number=visit.ticket_id.number,
                        address=visit.address,
                    ),
                    user_id=user.id,
                )
        return visits

    def action_done(self):
        self.write({"state": "done"})
        self.activity_ids.action_feedback()
        return True
