# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ParkJointMeeting(models.Model):
    """A county's joint meeting (联席会议) of "park matters handled in the
    park", convened by the county leader in charge, with the county
    departments, townships and park bodies; its decisions become action
    items with owners and deadlines."""

    _name = "park.joint.meeting"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "County Joint Meeting"
    _order = "date desc, id desc"

    name = fields.Char(string="Subject", required=True, tracking=True)
    county_id = fields.Many2one(
        comodel_name="park.region",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('level', '=', 'county')]",
        default=lambda self: self.env["park.pilot.plan"]._default_county_id(),
    )
    date = fields.Date(
        required=True,
        index=True,
        tracking=True,
        default=fields.Date.context_today,
    )
    location = fields.Char()
    convener_id = fields.Many2one(
        comodel_name="res.partner",
        tracking=True,
        help="The county leader in charge who convenes the meeting.",
    )
    convener_title = fields.Char(
        string="Convener's Title",
        compute="_compute_convener_title",
        store=True,
        readonly=False,
        help="The convener's position, e.g. deputy county head.",
    )
    department_ids = fields.Many2many(
        comodel_name="park.department",
        relation="park_joint_meeting_department_rel",
        column1="meeting_id",
        column2="department_id",
        string="Attending Departments",
    )
    township_ids = fields.Many2many(
        comodel_name="park.region",
        relation="park_joint_meeting_township_rel",
        column1="meeting_id",
        column2="region_id",
        string="Townships",
        domain="[('level', '=', 'township'), ('parent_id', '=', county_id)]",
    )
    park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_joint_meeting_park_rel",
        column1="meeting_id",
        column2="park_id",
        string="Park Bodies",
        domain="[('county_id', '=', county_id)]",
    )
    agenda = fields.Html()
    minutes = fields.Html()
    state = fields.Selection(
        selection=[("draft", "Planned"), ("held", "Held")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    action_ids = fields.One2many(
        comodel_name="park.joint.meeting.action",
        inverse_name="meeting_id",
        string="Action Items",
    )
    action_count = fields.Integer(compute="_compute_action_counts")
    action_open_count = fields.Integer(
        string="Open Action Items", compute="_compute_action_counts"
    )
    action_overdue_count = fields.Integer(
        string="Overdue Action Items", compute="_compute_action_counts"
    )

    @api.depends("convener_id")
    def _compute_convener_title(self):
        for meeting in self:
            meeting.convener_title = meeting.convener_id.function or False

    @api.depends("action_ids.state", "action_ids.is_overdue")
    def _compute_action_counts(self):
        for meeting in self:
            actions = meeting.action_ids
            meeting.action_count = len(actions)
            meeting.action_open_count = len(
                actions.filtered(lambda action: action.state == "open")
            )
            meeting.action_overdue_count = len(actions.filtered("is_overdue"))

    @api.constrains("county_id", "park_ids", "township_ids")
    def _check_county_members(self):
        for meeting in self:
            outside = meeting.park_ids.filtered(
                lambda park, m=meeting: park.county_id != m.county_id
            ).mapped("name") + meeting.township_ids.filtered(
                lambda region, m=meeting: region.parent_id != m.county_id
            ).mapped("name")
            if outside:
                raise ValidationError(
                    self.env._(
                        "A joint meeting of %(county)s brings together its own "
                        "townships and parks: %(names)s are outside the county.",
                        county=meeting.county_id.name,
                        names=", ".join(outside),
                    )
                )

    def action_held(self):
        if self.filtered(lambda meeting: meeting.state != "draft"):
            raise UserError(self.env._("This meeting is already held."))
        empty = self.filtered(lambda meeting: not meeting.minutes)
        if empty:
            raise UserError(
                self.env._(
                    "Write the minutes of %(meeting)s before closing it.",
                    meeting=empty[0].name,
                )
            )
        self.write({"state": "held"})

    def action_draft(self):
        self.write({"state": "draft"})
