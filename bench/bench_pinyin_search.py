# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# Finding enterprises by pinyin initials through the stored pinyin field,
# against converting every enterprise name to pinyin at search time.
import time

from pypinyin import Style, lazy_pinyin

from odoo.addons.park_zibo.tools.enterprise_generator import (
    PRODUCTS,
    Park,
    generate_enterprises,
)

Partner = env["res.partner"]  # noqa: F821 - provided by odoo shell
park = env["park.park"].search([], limit=1)  # noqa: F821
if not park:
    # a database without the sample data (demo): one park for the benchmark
    county = env["park.region"].search([("level", "=", "county")], limit=1)  # noqa: F821
    park = env["park.park"].create(  # noqa: F821
        {"name": "基准园区", "code": "BENCH-P", "county_id": county.id}
    )
# the sample enterprises' generator (park_zibo), at scale
zone = Park("bench", "张店", "370303", list(PRODUCTS))
enterprises = list(generate_enterprises(3000, [zone], seed=3000))
Partner.create(
    [
        {
            "name": enterprise["name"],
            "uscc": enterprise["uscc"],
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": park.id,
        }
        for enterprise in enterprises
    ]
)
env.flush_all()  # noqa: F821
# initials of the brand and product of some of them, e.g. "xhxxjc" for 星海新型建材
QUERIES = [
    "".join(lazy_pinyin(e["name"][2:8], style=Style.FIRST_LETTER))
    for e in enterprises[::100]
]


def stored(query):
    return {pid for pid, _name in Partner.name_search(query, limit=None)}


def naive(query):
    # the baseline: every name converted at search time
    found = set()
    for partner in Partner.search_fetch([("is_park_enterprise", "=", True)], ["name"]):
        initials = "".join(lazy_pinyin(partner.name, style=Style.FIRST_LETTER))
        if query in initials.lower():
            found.add(partner.id)
    return found


def measure(func):
    t0 = time.perf_counter()
    result = [func(q) for q in QUERIES]
    return result, time.perf_counter() - t0


fast, fast_t = measure(stored)
slow, slow_t = measure(naive)
missing = sum(len(b - a) for a, b in zip(fast, slow, strict=True))
assert missing == 0, f"the stored search missed {missing} enterprises"
print(
    f"BENCH pinyin initials search over {Partner.search_count([])} partners: "
    f"stored field x{slow_t / fast_t:.1f} faster than converting names per search"
)
env.cr.rollback()  # noqa: F821
