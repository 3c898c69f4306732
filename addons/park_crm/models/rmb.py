# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Amounts of money in Chinese capitals (大写), as on printed forms."""

from decimal import ROUND_HALF_UP, Decimal

import cn2an


def rmb_capitals(amount):
    """``amount`` (yuan) written in capitals: 0 → 零元整, 1.05 → 壹元零伍分.

    Rounded to the fen; negative amounts are prefixed with 负."""
    value = Decimal(str(amount or 0)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if value < 0:
        return "负" + rmb_capitals(-value)
    return cn2an.an2cn(format(value, "f"), "rmb")
