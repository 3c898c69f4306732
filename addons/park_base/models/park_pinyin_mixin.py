# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import re

from odoo import api, fields, models
from odoo.fields import Domain

_logger = logging.getLogger(__name__)

try:
    from pypinyin import Style, lazy_pinyin
except ImportError:  # pragma: no cover - declared in external_dependencies
    lazy_pinyin = Style = None
    _logger.debug("pypinyin is not installed")

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_PINYIN_QUERY = re.compile(r"^[A-Za-z0-9 ]+$")


def pinyin_key(text):
    """Return ``"<full pinyin> <initials>"`` for a name, lower case ASCII.

    ``张店华光机械有限公司`` gives ``"zhangdianhuaguangjixieyouxiangongsi
    zdhgjxyxgs"``; letters and digits that are not Chinese are kept as they are,
    spaces and punctuation are dropped.
    """
    if not text or lazy_pinyin is None:
        return False
    full = _NOT_ALNUM.sub("", "".join(lazy_pinyin(text)).lower())
    initials = _NOT_ALNUM.sub(
        "", "".join(lazy_pinyin(text, style=Style.FIRST_LETTER)).lower()
    )
    return f"{full} {initials}" if full else False


def pinyin_domain(value, field_name="name_pinyin"):
    """The domain finding ``value`` typed in pinyin in ``field_name``.

    ``zhangdian``, ``zhang dian`` and the initials ``zdhg`` or, with gaps,
    ``zdgs`` all find 张店华光机械有限公司. A value that is not made of ASCII
    letters, digits and spaces, or has fewer than two of them, gives
    ``Domain.FALSE``.
    """
    if not isinstance(value, str) or not _PINYIN_QUERY.match(value):
        return Domain.FALSE
    letters = value.replace(" ", "").lower()
    if len(letters) < 2:
        return Domain.FALSE
    return Domain(field_name, "ilike", letters) | Domain(
        field_name, "=ilike", "% %" + "%".join(letters) + "%"
    )


class ParkPinyinMixin(models.AbstractModel):
    """Find records by the pinyin of their name.

    Inherit it and the model gets a stored, indexed ``name_pinyin`` (full
    pinyin and initials of ``_pinyin_source_field``) and a name search (the
    ``display_name`` search of many2one fields and search views) that also
    matches full pinyin and initials.
    """

    _name = "park.pinyin.mixin"
    _description = "Pinyin Search Mixin"

    # the field whose pinyin is stored
    _pinyin_source_field = "name"

    name_pinyin = fields.Char(
        string="Name (Pinyin)",
        compute="_compute_name_pinyin",
        store=True,
        index="trigram",
        help="Full pinyin and initials of the name, used to find records by "
        "typing e.g. 'zhangdian' or 'zdgs'.",
    )

    @api.depends(lambda self: [self._pinyin_source_field])
    def _compute_name_pinyin(self):
        for record in self:
            record.name_pinyin = pinyin_key(record[record._pinyin_source_field])

    @api.model
    def _search_display_name(self, operator, value):
        """Also match the pinyin of the name (see :func:`pinyin_domain`)."""
        domain = super()._search_display_name(operator, value)
        if operator not in ("ilike", "like") or not value:
            return domain
        pinyin = pinyin_domain(value)
        return domain if pinyin.is_false() else Domain(domain) | pinyin
