# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

A thin wrapper around ``stdnum.cn.uscc``: its ``validate`` wants the first 8
characters to be digits, as the codes of the market regulators (9…) and most
other registration departments are. GB 32100-2015 and its amendment give
letters to some registration management departments too — ``A`` (the Central
Military Commission's staffing office), ``N`` (agriculture and rural affairs:
rural collective economic organisations, e.g. ``N2…`` for a village
collective) and ``Y`` (other departments) — and those codes are real and
valid. They are accepted here; everything else (alphabet, region digits,
check digit) is the library's: ``compact`` and ``calc_check_digit`` are used
as they are, and a code whose first character is a digit goes through the
library's own ``validate``.
"""

from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
)
from stdnum.util import isdigits

__all__ = [
    "REGISTRATION_DEPARTMENTS",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "calc_check_digit",
    "compact",
    "is_valid",
    "validate",
]

# the first character: the registration management department (登记管理部门
# 代码) of GB 32100-2015, table 1, with its amendment: 1 staffing offices,
# 2 foreign affairs, 3 justice, 4 culture, 5 civil affairs, 6 tourism,
# 7 religious affairs, 8 trade unions, 9 market regulation, A the Central
# Military Commission's staffing office, N agriculture and rural affairs,
# Y other departments
REGISTRATION_DEPARTMENTS = "123456789ANY"
# the characters of a code: digits and upper-case letters without I, O, S, V, Z
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

compact = stdnum_uscc.compact
calc_check_digit = stdnum_uscc.calc_check_digit


def validate(number):
    """Return the compact code, or raise one of stdnum's exceptions.

    :raise InvalidLength: not 18 characters
    :raise InvalidComponent: the first character is not a registration
        department (``REGISTRATION_DEPARTMENTS``)
    :raise InvalidFormat: characters 2 to 8 are not digits, or another
        character is outside the alphabet
    :raise InvalidChecksum: the last character is not the check digit
    """
    number = compact(number)
    if len(number) != 18:
        raise InvalidLength()
    if number[0] not in REGISTRATION_DEPARTMENTS:
        raise InvalidComponent()
    if isdigits(number[0]):
        return stdnum_uscc.validate(number)
    # a letter first: the library would refuse the code for that letter only
    if not isdigits(number[1:8]) or any(c not in ALPHABET for c in number[8:]):
        raise InvalidFormat()
    if number[-1] != calc_check_digit(number[:17]):
        raise InvalidChecksum()
    return number


def is_valid(number):
    """Whether ``number`` is a valid unified social credit code."""
    try:
        return bool(validate(number))
    except (InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength):
        return False
