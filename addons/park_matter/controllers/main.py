# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

PDF_REPORTS = {
    ("matter", "full"): "park_matter.report_matter_guide",
    ("matter", "short"): "park_matter.report_matter_guide_short",
    ("bundle", "full"): "park_matter.report_bundle_guide",
    ("bundle", "short"): "park_matter.report_bundle_guide_short",
}


class ParkMatterPublic(http.Controller):
    """Public pages of the park matter lists and guides (no login needed).

    Everything is read with sudo() and restricted to published data.
    """

    def _park(self, park_id):
        park = request.env["park.park"].sudo().browse(park_id).exists()
        if not park or not park.active:
            raise NotFound()
        return park

    def _matter(self, matter_id):
        matter = request.env["park.matter"].sudo().browse(matter_id).exists()
        if (
            not matter
            or not matter.active
            or matter.state not in ("published", "superseded")
        ):
            raise NotFound()
        return matter

    def _bundle(self, bundle_id):
        bundle = request.env["park.bundle"].sudo().browse(bundle_id).exists()
        if not bundle or bundle.state != "published" or not bundle.active:
            raise NotFound()
        return bundle

    def _selection(self, model, field):
        env = request.env
        return dict(env[model]._fields[field]._description_selection(env))

    @http.route("/park/parks", type="http", auth="public", website=True, sitemap=False)
    def parks(self, **kw):
        parks = request.env["park.park"].sudo().search([], order="name", limit=500)
        counts = dict(
            request.env["park.matter.list.line"]
            .sudo()
            ._read_group(
                [("park_id", "in", parks.ids), ("matter_id.state", "=", "published")],
                ["park_id"],
                ["__count"],
            )
        )
        # the city's bundles; a park's own ones are on its list page
        bundles = (
            request.env["park.bundle"]
            .sudo()
            .search([("state", "=", "published"), ("park_id", "=", False)], limit=100)
        )
        return request.render(
            "park_matter.public_parks",
            {"parks": parks, "counts": counts, "bundles": bundles},
        )

    @http.route(
        "/park/<int:park_id>/matters",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def park_matters(self, park_id, **kw):
        park = self._park(park_id)
        lines = (
            request.env["park.matter.list.line"]
            .sudo()
            .search(
                [("park_id", "=", park.id), ("matter_id.state", "=", "published")],
                order="theme, sequence, matter_code",
            )
        )
        themes = self._selection("park.matter", "theme")
        by_theme = []
        for key, label in themes.items():
            theme_lines = lines.filtered(lambda ln, k=key: ln.theme == k)
            if theme_lines:
                by_theme.append((key, label, theme_lines))
        bundles = (
            request.env["park.bundle"]
            .sudo()
            .search(
                [
                    ("state", "=", "published"),
                    ("park_id", "in", [park.id, False]),
                ],
                order="park_id, sequence, name",
                limit=100,
            )
        )
        return request.render(
            "park_matter.public_park_matters",
            {
                "park": park,
                "by_theme": by_theme,
                "line_count": len(lines),
                "bundles": bundles,
            },
        )

    @http.route(
        "/park/matter/<int:matter_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def matter(self, matter_id, **kw):
        matter = self._matter(matter_id)
        latest = matter
        if matter.state == "superseded":
            latest = (
                request.env["park.matter"]
                .sudo()
                .search(
                    [("code", "=", matter.code), ("state", "=", "published")], limit=1
                )
            )
        return request.render(
            "park_matter.public_matter",
            {
                "matter": matter,
                "latest": latest,
                "themes": self._selection("park.matter", "theme"),
                "types": self._selection("park.matter", "matter_type"),
                "visits": self._selection("park.matter", "visit_count"),
                "forms": self._selection("park.matter.material", "form_type"),
                "levels": self._selection("park.matter", "approval_level"),
                "delegations": request.env["park.matter.delegation"]
                .sudo()
                .search(
                    [("matter_id", "=", matter.id)]
                    + request.env["park.matter.delegation"]._in_force_domain()
                ),
            },
        )

    @http.route(
        "/park/bundle/<int:bundle_id>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def bundle(self, bundle_id, **kw):
        bundle = self._bundle(bundle_id)
        return request.render(
            "park_matter.public_bundle",
            {
                "bundle": bundle,
                "merged": bundle._get_merged_materials(),
                "forms": self._selection("park.matter.material", "form_type"),
                "themes": self._selection("park.matter", "theme"),
            },
        )

    @http.route(
        [
            "/park/<string:kind>/<int:record_id>/guide.pdf",
            "/park/<string:kind>/<int:record_id>/guide-<string:variant>.pdf",
        ],
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def guide_pdf(self, kind, record_id, variant="full", **kw):
        report = PDF_REPORTS.get((kind, variant))
        if not report:
            raise NotFound()
        record = (
            self._matter(record_id) if kind == "matter" else self._bundle(record_id)
        )
        # rendered once per version, variant and language, then kept
        pdf = record._guide_pdf(report, variant)
        name = f"{record.code}-{variant}.pdf"
        return request.make_response(
            pdf,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Length", len(pdf)),
                ("Content-Disposition", http.content_disposition(name)),
            ],
        )

    @http.route(
        "/park/material/<int:material_id>/<string:field>",
        type="http",
        auth="public",
        website=True,
        sitemap=False,
    )
    def material_file(self, material_id, field, **kw):
        """Download a material's blank form or filled-in sample."""
        names = {
            "form": ("blank_form", "blank_form_filename"),
            "sample": ("sample_file", "sample_filename"),
        }
        if field not in names:
            raise NotFound()
        material = (
            request.env["park.matter.material"].sudo().browse(material_id).exists()
        )
        if not material:
            raise NotFound()
        self._matter(material.matter_id.id)
        field_name, filename_field = names[field]
        if not material[field_name]:
            raise NotFound()
        stream = request.env["ir.binary"]._get_stream_from(
            material, field_name, filename_field=filename_field
        )
        return stream.get_response(as_attachment=True)
