# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

# the pseudo-field of the ir.attachment records that keep the rendered public
# PDFs: no such field exists, so they are hidden from the chatter and from
# every user but the administrator; the public routes read them with sudo()
GUIDE_PDF_FIELD = "park_guide_pdf"


class ParkGuidePdfMixin(models.AbstractModel):
    """A record whose printed guide is served to anonymous visitors as a PDF.

    wkhtmltopdf renders it once per record, variant (full/short) and
    language; the file is kept as an attachment and served from there until
    the record's guide changes."""

    _name = "park.guide.pdf.mixin"
    _description = "Kept Public Guide PDFs"

    def _guide_pdf_invalidate(self):
        """Forget the rendered public PDFs of these records."""
        if not self.ids:
            return
        self.env["ir.attachment"].sudo().search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", self.ids),
                ("res_field", "=", GUIDE_PDF_FIELD),
            ]
        ).unlink()

    def _guide_pdf(self, report_ref, variant):
        """The public PDF of this record for ``variant``, rendered once."""
        self.ensure_one()
        lang = self.env.lang or "en_US"
        name = f"{self.code}-{variant}.{lang}.pdf"
        Attachment = self.env["ir.attachment"].sudo()
        cached = Attachment.search(
            [
                ("res_model", "=", self._name),
                ("res_id", "=", self.id),
                ("res_field", "=", GUIDE_PDF_FIELD),
                ("name", "=", name),
            ],
            limit=1,
        )
        if cached:
            return cached.raw
        pdf, _type = (
            self.env["ir.actions.report"]
            .sudo()
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(report_ref, self.ids)
        )
        Attachment.create(
            {
                "name": name,
                "res_model": self._name,
                "res_id": self.id,
                "res_field": GUIDE_PDF_FIELD,
                "raw": pdf,
                "mimetype": "application/pdf",
            }
        )
        return pdf
