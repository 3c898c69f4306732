# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The managers' ledgers (台账): cases, agent workload, overdue cases,
reviews, rectifications and visits, as XLSX.

A ledger reads ``Model._search(domain)`` (the record rules of the user
applied: each user exports the rows of their scope only, and an export of a
filtered list gives the rows of the list), selects its columns in SQL from
that query (left joins for names, translated names in the user's language)
and streams the rows in chunks (keyset pagination on the id, which survives
the commits of a background export) into one of the writers of
``park_report_writer``. Selection labels and yes/no are mapped in Python.
"""

import contextlib
import datetime
import itertools

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import SQL

from .park_report_writer import CELL_TEXT_MAX, LedgerColumn, get_writer_class

CHUNK = 5000
CASES_DOMAIN = [("is_park_case", "=", True)]
OVERDUE_DOMAIN = [("deadline_state", "=", "overdue")]
_CURSOR_NUMBERS = itertools.count(1)


class LedgerQuery:
    """The columns of a ledger over the query of its records: each column an
    SQL expression (joins added to the query as needed) and an optional
    conversion of its values in Python."""

    def __init__(self, model, query):
        self.model = model
        self.env = model.env
        self.query = query
        self.alias = query.table
        self.columns = []
        self.selects = []
        self.converters = []

    def add(self, title, kind, width, sql, convert=None):
        self.columns.append(LedgerColumn(title, kind, width))
        self.selects.append(sql)
        self.converters.append(convert)

    def _resolve(self, path):
        """The model, alias and field at the end of ``path``
        (``enterprise_id.name``), left-joining the many2one fields on the
        way."""
        model, alias = self.model, self.alias
        names = path.split(".")
        for name in names[:-1]:
            field = model._fields[name]
            if field.type != "many2one":
                raise ValueError(f"{path}: {name} is not a many2one field")
            column = model._field_to_sql(alias, name, self.query)
            comodel = self.env[field.comodel_name]
            link_alias = self.query.make_alias(alias, name)
            self.query.add_join(
                "LEFT JOIN",
                link_alias,
                comodel._table,
                SQL("%s = %s", SQL.identifier(link_alias, "id"), column),
            )
            model, alias = comodel, link_alias
        return model, alias, model._fields[names[-1]]

    def field(self, title, path, width=16):
        """A column showing the field at the end of ``path`` as users read
        it: the label of a selection, yes/no, a date, a number, the text.
        Labels (in the user's language, from Python) are put in the query
        as a CASE, so that rows come out of PostgreSQL ready to write."""
        model, alias, field = self._resolve(path)
        sql = model._field_to_sql(alias, field.name, self.query)
        if field.type == "selection":
            labels = field._description_selection(self.env)
            cases = [SQL("WHEN %s THEN %s", key, label) for key, label in labels]
            sql = SQL("CASE %s %s END", sql, SQL(" ").join(cases))
            self.add(title, "text", width, sql)
        elif field.type == "boolean":
            yes, no = self.env._("Yes"), self.env._("No")
            self.add(
                title,
                "text",
                width,
                SQL("CASE WHEN %s THEN %s ELSE %s END", sql, yes, no),
            )
        elif field.type == "datetime":
            self.add(title, "datetime", width, self.user_datetime(sql))
        elif field.type == "date":
            self.add(title, "date", width, sql)
        elif field.type == "integer":
            self.add(title, "int", width, sql)
        elif field.type in ("float", "monetary"):
            self.add(title, "float", width, sql)
        else:
            self.add(
                title, "text", width, SQL("left((%s)::text, %s)", sql, CELL_TEXT_MAX)
            )

    def user_datetime(self, sql):
        tz = self.env.context.get("tz") or self.env.user.tz or "UTC"
        return SQL("(%s AT TIME ZONE 'UTC' AT TIME ZONE %s)", sql, tz)

    def select_sql(self):
        """The SELECT of the columns, in the order of the ids."""
        return SQL(
            "SELECT %s FROM %s%s ORDER BY %s",
            SQL(", ").join(self.selects),
            self.query.from_clause,
            SQL(" WHERE %s", self.query.where_clause)
            if self.query._where_clauses
            else SQL(),
            SQL.identifier(self.alias, "id"),
        )

    def rows(self, chunk=CHUNK):
        """The rows, ``chunk`` at a time through a server-side cursor (one
        query, read as it goes). The cursor lives until the end of the
        transaction at most: the rows are read before anything commits (a
        background export commits once its file is written)."""
        cr = self.env.cr
        convert = [(i, c) for i, c in enumerate(self.converters) if c]
        name = SQL.identifier(f"park_ledger_{next(_CURSOR_NUMBERS)}")
        cr.execute(SQL("DECLARE %s NO SCROLL CURSOR FOR %s", name, self.select_sql()))
        try:
            while True:
                cr.execute(SQL("FETCH FORWARD %s FROM %s", chunk, name))
                fetched = cr.fetchall()
                if convert:
                    for row in fetched:
                        values = list(row)
                        for index, func in convert:
                            values[index] = func(values[index])
                        yield values
                else:
                    yield from fetched
                if len(fetched) < chunk:
                    return
                # one chunk in memory at a time: drop it before the next
                fetched = None
        finally:
            # after an SQL error the transaction is aborted and the cursor
            # gone with it: the caller's savepoint rolls back
            with contextlib.suppress(psycopg2.errors.InFailedSqlTransaction):
                cr.execute(SQL("CLOSE %s", name))


class ParkReportLedger(models.AbstractModel):
    """The ledgers: what each shows and how it is written.

    ``_park_ledgers()`` describes each ledger (its model, title, base domain,
    date field for the period, columns); ``_park_ledger_write`` writes one
    into a file; ``park.report.export`` runs it for a user, at once or in the
    background."""

    _name = "park.report.ledger"
    _description = "Ledger Exports"

    @api.model
    def _park_ledgers(self):
        return {
            "cases": {
                "model": "helpdesk.ticket",
                "title": self.env._("Case Ledger"),
                "domain": CASES_DOMAIN,
                "date_field": "accept_date",
                "columns": self._park_case_columns,
            },
            "workload": {
                "model": "helpdesk.ticket",
                "title": self.env._("Agent Workload"),
                "domain": CASES_DOMAIN,
                "date_field": None,
                "rows": self._park_workload_rows,
            },
            "overdue": {
                "model": "helpdesk.ticket",
                "title": self.env._("Overdue Cases"),
                "domain": CASES_DOMAIN + OVERDUE_DOMAIN,
                "date_field": "deadline_date",
                "columns": self._park_overdue_columns,
            },
            "ratings": {
                "model": "park.rating",
                "title": self.env._("Review Ledger"),
                "domain": [],
                "date_field": "rated_on",
                "columns": self._park_rating_columns,
            },
            "rectifications": {
                "model": "park.rating.rectification",
                "title": self.env._("Rectification Ledger"),
                "domain": [],
                "date_field": "create_date",
                "columns": self._park_rectification_columns,
            },
            "visits": {
                "model": "park.visit",
                "title": self.env._("Visit Ledger"),
                "domain": [],
                "date_field": "date",
                "columns": self._park_visit_columns,
            },
        }

    @api.model
    def _park_ledger_selection(self):
        return [(key, spec["title"]) for key, spec in self._park_ledgers().items()]

    @api.model
    def _park_ledger_for_model(self, model_name):
        """The ledger a list of ``model_name`` exports."""
        return {
            "helpdesk.ticket": "cases",
            "park.rating": "ratings",
            "park.rating.rectification": "rectifications",
            "park.visit": "visits",
        }.get(model_name)

    # ------------------------------------------------------------------
    # columns
    # ------------------------------------------------------------------
    def _park_case_columns(self, lq):
        lq.field(self.env._("Number"), "number", 16)
        lq.field(self.env._("Enterprise"), "enterprise_id.name", 30)
        lq.field(self.env._("Credit Code"), "enterprise_uscc", 20)
        lq.field(self.env._("Matter"), "matter_id.name", 30)
        lq.field(self.env._("County"), "county_id.name", 12)
        lq.field(self.env._("Park"), "park_id.name", 20)
        lq.field(self.env._("Station"), "station_id.name", 20)
        lq.field(self.env._("Channel"), "park_channel", 12)
        lq.field(self.env._("Handling Mode"), "handling_mode", 14)
        lq.field(self.env._("Level"), "park_level", 8)
        lq.field(self.env._("Accepted On"), "accept_date", 12)
        lq.field(self.env._("Promised Deadline"), "deadline_date", 12)
        lq.field(self.env._("Finished On"), "done_date", 12)
        lq.field(self.env._("Case State"), "park_state", 12)
        lq.field(self.env._("Deadline Status"), "deadline_state", 12)
        lq.field(self.env._("Working Days Taken"), "handling_days", 10)
        lq.field(self.env._("Agent"), "user_id.partner_id.name", 14)

    def _park_overdue_columns(self, lq):
        lq.field(self.env._("Number"), "number", 16)
        lq.field(self.env._("Enterprise"), "enterprise_id.name", 30)
        lq.field(self.env._("Matter"), "matter_id.name", 30)
        lq.field(self.env._("Park"), "park_id.name", 20)
        lq.field(self.env._("Station"), "station_id.name", 20)
        lq.field(self.env._("Level"), "park_level", 8)
        lq.field(self.env._("Agent"), "user_id.partner_id.name", 14)
        lq.field(self.env._("Accepted On"), "accept_date", 12)
        lq.field(self.env._("Promised Deadline"), "deadline_date", 12)
        today = fields.Date.context_today(self)
        deadline = lq.model._field_to_sql(lq.alias, "deadline_date", lq.query)
        lq.add(
            self.env._("Days Overdue (calendar)"),
            "int",
            10,
            SQL("(%s::date - %s)", today, deadline),
        )
        lq.field(self.env._("Case State"), "park_state", 12)

    def _park_rating_columns(self, lq):
        lq.field(self.env._("Case"), "ticket_id.number", 16)
        lq.field(self.env._("Enterprise"), "enterprise_id.name", 30)
        lq.field(self.env._("Matter"), "matter_id.name", 30)
        lq.field(self.env._("Park"), "park_id.name", 20)
        lq.field(self.env._("Station"), "station_id.name", 20)
        lq.field(self.env._("Agent"), "user_id.partner_id.name", 14)
        lq.field(self.env._("Review Level"), "level", 12)
        lq.field(self.env._("Score"), "score", 8)
        lq.field(self.env._("Service Attitude"), "attitude_level", 12)
        lq.field(self.env._("Efficiency"), "efficiency_level", 12)
        lq.field(self.env._("Clarity of Guidance"), "guidance_level", 12)
        lq.field(self.env._("Channel"), "channel", 12)
        lq.field(self.env._("Rated On"), "rated_on", 16)
        lq.field(self.env._("Bad Review"), "is_bad", 8)
        lq.field(self.env._("Excluded from the Rates"), "is_excluded", 8)
        lq.field(self.env._("Comment"), "comment", 40)

    def _park_rectification_columns(self, lq):
        lq.field(self.env._("Reference"), "name", 16)
        lq.field(self.env._("Case"), "ticket_id.number", 16)
        lq.field(self.env._("Enterprise"), "enterprise_id.name", 30)
        lq.field(self.env._("Park"), "park_id.name", 20)
        lq.field(self.env._("Station"), "station_id.name", 20)
        lq.field(self.env._("Review Level"), "rating_id.level", 12)
        lq.field(self.env._("Responsible"), "user_id.partner_id.name", 14)
        lq.field(self.env._("State"), "state", 12)
        lq.field(self.env._("Deadline"), "deadline_date", 12)
        lq.field(self.env._("Rectified On"), "done_date", 12)
        lq.field(self.env._("On Time"), "is_on_time", 8)
        lq.field(self.env._("Escalated to the County"), "is_escalated", 8)
        lq.field(self.env._("Called Back"), "is_called_back", 8)
        lq.field(self.env._("Accepted by the Enterprise"), "is_accepted", 8)
        lq.field(self.env._("Cause"), "cause", 30)
        lq.field(self.env._("Measures"), "measures", 30)

    def _park_visit_columns(self, lq):
        lq.field(self.env._("Reference"), "name", 16)
        lq.field(self.env._("Subject"), "subject", 30)
        lq.field(self.env._("County"), "county_id.name", 12)
        lq.field(self.env._("Park"), "park_id.name", 20)
        lq.field(self.env._("Department"), "department_id.name", 20)
        lq.field(self.env._("Kind"), "kind", 12)
        lq.field(self.env._("State"), "state", 10)
        lq.field(self.env._("Date"), "date", 16)
        lq.field(self.env._("Duration (hours)"), "duration", 8)
        visit_id = SQL.identifier(lq.alias, "id")
        lq.add(
            self.env._("Officials"),
            "text",
            20,
            SQL(
                "(SELECT string_agg(p.name, '、' ORDER BY p.name) "
                "FROM park_visit_res_users_rel r JOIN res_users u ON u.id = r.user_id "
                "JOIN res_partner p ON p.id = u.partner_id WHERE r.visit_id = %s)",
                visit_id,
            ),
        )
        lq.add(
            self.env._("Enterprises Met"),
            "int",
            10,
            SQL(
                "(SELECT COUNT(*) FROM park_visit_enterprise_rel r "
                "WHERE r.visit_id = %s)",
                visit_id,
            ),
        )
        lq.field(self.env._("Issues Found"), "issues", 40)

    # ------------------------------------------------------------------
    # the workload: one row per agent
    # ------------------------------------------------------------------
    def _park_workload_rows(self, query, period):
        """Per agent: open cases, completed in the period, overdue, average
        working days taken by the completed ones."""
        Ticket = self.env["helpdesk.ticket"]
        lq = LedgerQuery(Ticket, query)
        t = lq.alias
        user_alias = query.make_alias(t, "user_id")
        query.add_join(
            "LEFT JOIN",
            user_alias,
            "res_users",
            SQL(
                "%s = %s",
                SQL.identifier(user_alias, "id"),
                SQL.identifier(t, "user_id"),
            ),
        )
        partner_alias = query.make_alias(user_alias, "partner_id")
        query.add_join(
            "LEFT JOIN",
            partner_alias,
            "res_partner",
            SQL(
                "%s = %s",
                SQL.identifier(partner_alias, "id"),
                SQL.identifier(user_alias, "partner_id"),
            ),
        )
        date_from, date_to = period or (None, None)
        done = SQL("%s = 'done'", SQL.identifier(t, "park_state"))
        if date_from:
            done = SQL(
                "%s AND %s >= %s", done, SQL.identifier(t, "done_date"), date_from
            )
        if date_to:
            done = SQL("%s AND %s <= %s", done, SQL.identifier(t, "done_date"), date_to)
        where = query.where_clause if query._where_clauses else SQL("TRUE")
        self.env.cr.execute(
            SQL(
                """
                SELECT %(name)s,
                       COUNT(*) FILTER (WHERE %(state)s IN %(open)s),
                       COUNT(*) FILTER (WHERE %(done)s),
                       COUNT(*) FILTER (WHERE %(dstate)s = 'overdue'),
                       ROUND(AVG(%(days)s) FILTER (WHERE %(done)s), 1)::float
                  FROM %(from)s
                 WHERE %(where)s
              GROUP BY %(name)s
              ORDER BY %(name)s NULLS LAST
                """,
                name=SQL.identifier(partner_alias, "name"),
                state=SQL.identifier(t, "park_state"),
                open=("new", "accepted", "supplement"),
                done=done,
                dstate=SQL.identifier(t, "deadline_state"),
                days=SQL.identifier(t, "handling_days"),
                where=where,
                **{"from": query.from_clause},
            )
        )
        unassigned = self.env._("(Unassigned)")
        columns = [
            LedgerColumn(self.env._("Agent"), "text", 16),
            LedgerColumn(self.env._("Open Cases"), "int", 10),
            LedgerColumn(self.env._("Completed in the Period"), "int", 12),
            LedgerColumn(self.env._("Overdue"), "int", 10),
            LedgerColumn(self.env._("Average Working Days Taken"), "float", 14),
        ]
        rows = [
            [name or unassigned, *figures] for name, *figures in self.env.cr.fetchall()
        ]
        return columns, rows

    # ------------------------------------------------------------------
    # writing
    # ------------------------------------------------------------------
    @api.model
    def _park_ledger_domain(
        self, ledger, domain=(), period=None, county=None, park=None
    ):
        """The domain of a ledger: its own, the list's (or the wizard's) and
        the period on its date field."""
        spec = self._park_ledgers()[ledger]
        parts = [Domain(spec["domain"]), Domain(list(domain or []))]
        date_from, date_to = period or (None, None)
        date_field = spec["date_field"]
        if date_field and date_from:
            parts.append(Domain(date_field, ">=", date_from))
        if date_field and date_to:
            if self.env[spec["model"]]._fields[date_field].type == "datetime":
                parts.append(
                    Domain(date_field, "<", date_to + datetime.timedelta(days=1))
                )
            else:
                parts.append(Domain(date_field, "<=", date_to))
        if county:
            parts.append(Domain("county_id", "=", county.id))
        if park:
            parts.append(Domain("park_id", "=", park.id))
        return Domain.AND(parts)

    @api.model
    def _park_ledger_count(self, ledger, domain):
        spec = self._park_ledgers()[ledger]
        return self.env[spec["model"]].search_count(domain)

    @api.model
    def _park_ledger_query(self, ledger, domain, period=None):
        """The ledger's columns and rows (a generator) for ``domain`` (the
        full domain, see ``_park_ledger_domain``), read as the current user;
        ``period`` (dates from, to) for the ledgers that count in a period."""
        spec = self._park_ledgers()[ledger]
        Model = self.env[spec["model"]]
        Model.check_access("read")
        query = Model._search(domain)
        if spec.get("rows"):
            return spec["rows"](query, period)
        lq = LedgerQuery(Model, query)
        spec["columns"](lq)
        return lq.columns, lq.rows()

    @api.model
    def _park_ledger_titles(self, ledger, scope, period):
        spec = self._park_ledgers()[ledger]
        today = fields.Date.context_today(self)
        return [
            spec["title"],
            self.env._(
                "Scope: %(scope)s · Period: %(period)s · Exported on %(date)s by "
                "%(user)s",
                scope=scope,
                period=period,
                date=today.isoformat(),
                user=self.env.user.name,
            ),
        ]

    @api.model
    def _park_ledger_write(
        self, ledger, domain, target, scope, period_label, period=None, writer=None
    ):
        """Write the ledger for ``domain`` into ``target`` (a path or a
        binary file) with the writer named ``writer`` (the configured one by
        default); ``scope`` and ``period_label`` go in the title. Returns the
        number of rows written."""
        if ledger not in self._park_ledgers():
            raise UserError(self.env._("Unknown ledger %(ledger)s.", ledger=ledger))
        name = writer or self.env["ir.config_parameter"].sudo().get_param(
            "park_report.ledger_writer"
        )
        columns, rows = self._park_ledger_query(ledger, domain, period)
        titles = self._park_ledger_titles(ledger, scope, period_label)
        sheet = self._park_ledgers()[ledger]["title"][:31]
        try:
            return get_writer_class(name)(target).write_sheet(
                sheet, titles, columns, rows
            )
        finally:
            # a writer that stopped half-way leaves the server cursor open
            if hasattr(rows, "close"):
                rows.close()

    @api.model
    def _park_ledger_scope_label(self, county=None, park=None):
        """Who the rows are of, as written in the title and the file name."""
        if park:
            return park.name
        if county:
            return county.name
        user = self.env.user
        if user.has_group("park_base.group_park_city_admin"):
            return self.env._("All Parks")
        regions = user.sudo().park_region_ids
        if regions:
            return "、".join(regions.mapped("name"))
        parks = user.sudo().park_scope_park_ids
        if len(parks) <= 3:
            return "、".join(parks.mapped("name")) or self.env._("No Park")
        return self.env._("%(count)s Parks", count=len(parks))

    @api.model
    def _park_ledger_file_name(self, ledger, scope):
        title = self._park_ledgers()[ledger]["title"]
        today = fields.Date.context_today(self).isoformat()
        name = f"{title}-{scope}-{today}"
        for char in '\\/:*?"<>|':
            name = name.replace(char, " ")
        return f"{name}.xlsx"
