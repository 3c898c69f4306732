# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# Finding enterprises by pinyin initials through the stored pinyin field,
# against converting every enterprise name to pinyin at search time.
import time

from pypinyin import Style, lazy_pinyin

Partner = env["res.partner"]  # noqa: F821 - provided by odoo shell
park = env["park.park"].search([], limit=1)  # noqa: F821
PREFIXES = ["张店", "临淄", "淄川", "博山", "周村", "桓台", "高青", "沂源"]
WORDS = ["新材料", "智能装备", "生物医药", "电子信息", "精细化工", "新能源"]
Partner.create(
    [
        {
            "name": f"{PREFIXES[i % 8]}{WORDS[i % 6]}测试{i:05d}有限公司",
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": park.id,
        }
        for i in range(3000)
    ]
)
env.flush_all()  # noqa: F821
QUERIES = ["zdxcl", "lzznzb", "bsswyy", "zcdzxx", "htjxhg", "gqxny"] * 5


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
