# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# The case ledger (park_report) over BENCH_LEDGER_CASES cases (100,000 by
# default), generated in SQL by bench/park_bench_data.py, against Odoo's stock
# export of the same fields (export_data and the web client's XLSX writer);
# then each writer behind the ledger's writer interface, the floor (COPY of
# the same columns to nowhere), and the peak Python memory at that size
# against 4 times as many cases (BENCH_LEDGER_MEMORY_CASES, 0 to skip).
# Nothing is committed.
import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from types import SimpleNamespace
from unittest.mock import patch

import odoo.addons.park_base as park_base
from odoo.addons.park_report.models.park_report_ledger import LedgerQuery
from odoo.addons.park_report.models.park_report_writer import WRITERS, get_writer_class
from odoo.addons.web.controllers import export as web_export

sys.path.insert(0, str(Path(park_base.__path__[0]).parents[1] / "bench"))
from park_bench_data import best_of, make_cases  # noqa: E402

N = int(os.environ.get("BENCH_LEDGER_CASES", "100000"))
BIG = int(os.environ.get("BENCH_LEDGER_MEMORY_CASES", str(4 * N)))
MIX = [
    ("new", 5),
    ("accepted", 55),
    ("supplement", 5),
    ("done", 30),
    ("refused", 3),
    ("withdrawn", 2),
]
env = env(context=dict(env.context, tracking_disable=True, lang="zh_CN"))  # noqa: F821
cr = env.cr
Ledger = env["park.report.ledger"]
Ticket = env["helpdesk.ticket"]

t0 = time.perf_counter()
world = make_cases(
    env, N, parks=4, counties=2, matters=20, enterprises=500, state_mix=MIX
)
domain = Ledger._park_ledger_domain("cases", [("park_id", "in", world.parks.ids)])
big_domain = None
if BIG > N:
    more = make_cases(
        env,
        BIG - N,
        parks=4,
        counties=2,
        matters=5,
        enterprises=50,
        state_mix=MIX,
        first=N + 1,
    )
    big_domain = Ledger._park_ledger_domain(
        "cases", [("park_id", "in", world.parks.ids + more.parks.ids)]
    )
env.flush_all()
print(
    f"BENCH report ledger: {max(N, BIG)} cases generated in "
    f"{time.perf_counter() - t0:.1f}s"
)
assert Ticket.search_count(domain) == N


def timed(func, repeat=1):
    return best_of(env, func, repeat)


tmpdir = tempfile.mkdtemp(prefix="bench_ledger_")


def ledger(writer=None, dom=domain):
    path = os.path.join(tmpdir, f"{writer or 'default'}.xlsx")
    return Ledger._park_ledger_write("cases", dom, path, "基准", "全部", writer=writer)


# --- the ledger, with each writer -------------------------------------------
chosen = get_writer_class(None).name
writer_times = {}
for name, writer in WRITERS.items():
    if writer.available():
        writer_times[name], rows = timed(lambda name=name: ledger(name))
        assert rows == N, (name, rows)
ours = writer_times[chosen]

# --- Odoo's stock export of the same fields ---------------------------------
FIELDS = [
    "number",
    "enterprise_id",
    "enterprise_uscc",
    "matter_id",
    "county_id",
    "park_id",
    "station_id",
    "park_channel",
    "handling_mode",
    "park_level",
    "accept_date",
    "deadline_date",
    "done_date",
    "park_state",
    "deadline_state",
    "handling_days",
    "user_id",
]


def stock_export():
    # what the web client's /web/export/xlsx does: search, export_data, and
    # its XLSX writer, one cell at a time
    records = Ticket.search(domain)
    rows = records.export_data(FIELDS)["datas"]
    fields = [{"type": Ticket._fields[f].type} for f in FIELDS]
    headers = [Ticket._fields[f].get_description(env)["string"] for f in FIELDS]
    with patch.object(web_export, "request", SimpleNamespace(env=env)):
        with web_export.ExportXlsxWriter(fields, headers, len(rows)) as writer:
            for row_index, row in enumerate(rows):
                for cell_index, cell_value in enumerate(row):
                    writer.write_cell(row_index + 1, cell_index, cell_value)
    return len(writer.value)


stock, _size = timed(stock_export)

# --- the floor: the same columns copied out of PostgreSQL --------------------
lq = LedgerQuery(Ticket, Ticket._search(domain))
Ledger._park_case_columns(lq)
select = lq.select_sql()


def copy_floor():
    sink = io.BytesIO()
    statement = cr.mogrify(select.code, select.params).decode()
    cr._obj.copy_expert(f"COPY ({statement}) TO STDOUT", sink)
    return sink.tell()


floor, _size = timed(copy_floor, repeat=3)

# --- memory: 4 times as many rows -------------------------------------------
peaks = {}
for label, dom in (("small", domain), ("big", big_domain)):
    if dom is None:
        continue
    env.invalidate_all()
    tracemalloc.start()
    ledger(chosen, dom)
    peaks[label] = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

print(
    f"BENCH report ledger: case ledger of {N} cases with {chosen} {ours:.1f}s; "
    f"Odoo's stock export (export_data + ExportXlsxWriter) {stock:.1f}s: "
    f"speed-up x{stock / ours:.1f} (target >= 5)"
)
print(
    "BENCH report ledger writers: "
    + ", ".join(
        f"{name} {t:.1f}s (x{stock / t:.1f} against stock)"
        for name, t in writer_times.items()
    )
)
print(
    f"BENCH report ledger floor: COPY of the same columns {floor:.2f}s; "
    f"the ledger takes x{ours / floor:.1f} the floor"
)
if "big" in peaks:
    print(
        f"BENCH report ledger memory: peak Python memory "
        f"{peaks['small'] / 2**20:.1f} MiB at {N} rows, "
        f"{peaks['big'] / 2**20:.1f} MiB at {BIG} rows: "
        f"ratio {peaks['big'] / peaks['small']:.2f} (target <= 1.2)"
    )
for name in os.listdir(tmpdir):
    os.unlink(os.path.join(tmpdir, name))
os.rmdir(tmpdir)
cr.rollback()
