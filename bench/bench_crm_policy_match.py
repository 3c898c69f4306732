# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# Finding the enterprises a policy is for (政策找企业) with one search built
# from its criteria, against reading every enterprise file and checking it.
import random
import time
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.fields import Command

ENV = env  # noqa: F821 - provided by odoo shell
rng = random.Random(2026)
Partner = ENV["res.partner"]
county = ENV["park.region"].search([("level", "=", "county")], limit=1)
if not county:
    city = ENV["park.region"].create(
        {"name": "基准市", "code": "379998", "level": "city"}
    )
    county = ENV["park.region"].create(
        {
            "name": "基准区",
            "code": "379999",
            "level": "county",
            "parent_id": city.id,
        }
    )
parks = ENV["park.park"].create(
    [
        {"name": f"基准园区{i}", "code": f"BENCH-CRM-{i}", "county_id": county.id}
        for i in range(5)
    ]
)
industries = ENV["park.industry"].create(
    [
        {"name": f"基准产业{i}", "code": f"bench_crm_{i}", "category": "four_new"}
        for i in range(8)
    ]
)
SIZES = ["large", "medium", "small", "micro"]
STAGES = ["opening", "permits", "construction", "operating", "changing"]
today = date.today()
Partner.create(
    [
        {
            "name": f"基准企业{i:05d}有限公司",
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": rng.choice(parks).id,
            "enterprise_size": rng.choice(SIZES),
            "lifecycle_stage": rng.choice(STAGES),
            "is_key_enterprise": rng.random() < 0.2,
            "registration_date": today - relativedelta(days=rng.randint(30, 7000)),
            "park_industry_ids": [
                Command.set(rng.sample(industries.ids, rng.randint(0, 2)))
            ],
        }
        for i in range(5000)
    ]
)
ENV.flush_all()
option = ENV["park.policy.option"]
policy = ENV["park.policy"].create(
    {
        "name": "基准政策",
        "issuing_body": "基准",
        "date_start": today,
        "industry_ids": [Command.set(industries[:3].ids)],
        "size_option_ids": [
            Command.set(
                option.search(
                    [
                        ("field_name", "=", "enterprise_size"),
                        ("code", "in", ["small", "micro"]),
                    ]
                ).ids
            )
        ],
        "park_ids": [Command.set(parks[:3].ids)],
        "min_age": 1,
        "max_age": 10,
    }
)


def by_search():
    return set(policy._park_eligible_enterprises().ids)


def by_loop():
    # the baseline: every enterprise file read and checked in Python
    found = set()
    sizes = set(policy.size_option_ids.mapped("code"))
    for partner in Partner.search([("is_park_enterprise", "=", True)]):
        age = relativedelta(today, partner.registration_date).years
        if (
            partner.is_company
            and partner.park_industry_ids & policy.industry_ids
            and partner.enterprise_size in sizes
            and partner.park_id in policy.park_ids
            and partner.registration_date
            and partner.registration_date <= today - relativedelta(years=1)
            and partner.registration_date > today - relativedelta(years=10)
            and age >= 0
        ):
            found.add(partner.id)
    return found


def measure(func, times=5):
    ENV.invalidate_all()
    t0 = time.perf_counter()
    for _i in range(times):
        ENV.invalidate_all()
        result = func()
    return result, time.perf_counter() - t0


fast, fast_t = measure(by_search)
slow, slow_t = measure(by_loop)
assert fast == slow, f"the search and the loop disagree ({len(fast)} / {len(slow)})"
print(
    f"BENCH policy eligibility over {Partner.search_count([])} partners "
    f"({len(fast)} eligible): one search x{slow_t / fast_t:.1f} faster than "
    "checking every enterprise file"
)
ENV.cr.rollback()
