# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# Working-day arithmetic against a day-by-day baseline, as ratios.
import datetime
import time
import tracemalloc

Holiday = env["park.holiday"]  # noqa: F821 - provided by odoo shell
Holiday._load_from_library()
START = datetime.date(2020, 1, 1)
PAIRS = [
    (
        START + datetime.timedelta(days=i * 7),
        START + datetime.timedelta(days=i * 7 + 400),
    )
    for i in range(300)
]


def naive_count(date_from, date_to):
    day, total = date_from, 0
    while day < date_to:
        day += datetime.timedelta(days=1)
        total += Holiday.is_working_day(day)
    return total


def measure(func):
    tracemalloc.start()
    t0 = time.perf_counter()
    result = [func(a, b) for a, b in PAIRS]
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak


fast, fast_t, fast_mem = measure(Holiday.count_working_days)
slow, slow_t, slow_mem = measure(naive_count)
assert fast == slow, "count_working_days disagrees with the day-by-day count"
print(
    f"BENCH count_working_days: {len(PAIRS)} ranges of 400 days; "
    f"speed-up x{slow_t / fast_t:.1f} over a day-by-day loop; "
    f"peak memory ratio {fast_mem / max(slow_mem, 1):.2f}"
)
env.cr.rollback()  # noqa: F821
