#!/usr/bin/env python3
"""Set up, run and test 园区通 (the park_* Odoo 19 addons).

Called through the ``park`` wrapper at the repository root::

    ./park run        install what is needed, serve the Zibo sample database
    ./park test       the same setup, then every test; ends with "N passed, M failed"

Everything it installs lives in a per-user cache (``$PARK_CACHE``, default
``~/.cache/parktong``): the Odoo 19 source, a virtualenv and the OCA addons.
The database is an embedded PostgreSQL cluster under the project's ``var/``.
Only the Python standard library is used here, so it runs before the
virtualenv exists.
"""

import argparse
import contextlib
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDONS = ROOT / "addons"
VAR = ROOT / "var"
CACHE = Path(
    os.environ.get("PARK_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "parktong"
)
ODOO_DIR = CACHE / "odoo"
VENV = CACHE / "venv"
OCA_DIR = CACHE / "oca"
OCA_ADDONS = OCA_DIR / "odoo" / "addons"
# The official Odoo 19 Community source release
ODOO_URL = os.environ.get(
    "ODOO_URL", "https://nightly.odoo.com/19.0/nightly/src/odoo_19.0.latest.tar.gz"
)
DEBIAN_PACKAGES = [
    # PostgreSQL server for the embedded cluster
    "postgresql",
    # build dependencies of psycopg2 and python-ldap (Odoo's requirements)
    "libpq-dev",
    "libldap2-dev",
    "libsasl2-dev",
    "build-essential",
    "python3-dev",
    # PDF reports
    "wkhtmltopdf",
    # browser tests (tours)
    "chromium",
    # Chinese glyphs in PDF reports and screenshots
    "fonts-noto-cjk",
    # msgmerge for `./park i18n`
    "gettext",
]
DEMO_DB = os.environ.get("PARK_DB", "parktong")
DB_USER = "odoo"
PG_PORT = 5432


class SetupError(Exception):
    """A setup step that cannot go on; its message is shown to the user."""


def say(msg):
    print(f"[park] {msg}", flush=True)


def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run([str(c) for c in cmd], **kw)


# --------------------------------------------------------------------------
# Debian packages
# --------------------------------------------------------------------------
def ensure_debian_packages():
    if not shutil.which("dpkg-query"):
        say(
            "not a Debian system: install PostgreSQL, wkhtmltopdf and Chromium yourself"
        )
        return
    missing = []
    for pkg in DEBIAN_PACKAGES:
        res = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True
        )
        if "install ok installed" not in res.stdout:
            missing.append(pkg)
    if not missing:
        return
    say(f"installing Debian packages: {' '.join(missing)}")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and not shutil.which("sudo"):
        raise SetupError(
            f"Debian packages {' '.join(missing)} are missing and there is no sudo; "
            "install them as root."
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(sudo + ["apt-get", "update", "-qq"], env=env)
    run(sudo + ["apt-get", "install", "-y", "-qq", *missing], env=env)


# --------------------------------------------------------------------------
# Odoo source
# --------------------------------------------------------------------------
def _is_odoo_tree(path):
    return (path / "odoo-bin").is_file() and (path / "odoo" / "release.py").is_file()


def _find_odoo_tree(path):
    """The Odoo tree in an unpacked archive: the folder itself or its only child."""
    if _is_odoo_tree(path):
        return path
    for child in path.iterdir():
        if child.is_dir() and _is_odoo_tree(child):
            return child
    return None


def _unpack(archive, dest):
    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(dest, filter="tar")


def _install_tree(tree, origin):
    tmp = CACHE / "odoo.new"
    if tmp.exists():
        shutil.rmtree(tmp)
    say(f"copying Odoo source from {origin}")
    shutil.copytree(
        tree,
        tmp,
        symlinks=True,
        ignore=shutil.ignore_patterns(".git", "venv", "__pycache__"),
    )
    if ODOO_DIR.exists():
        shutil.rmtree(ODOO_DIR)
    tmp.rename(ODOO_DIR)
    (ODOO_DIR / ".park-origin").write_text(origin)


def _check_version():
    release = (ODOO_DIR / "odoo" / "release.py").read_text()
    match = re.search(r"version_info\s*=\s*\((\d+),", release)
    if not match or match.group(1) != "19":
        raise SetupError(f"the Odoo source in {ODOO_DIR} is not Odoo 19.")


def ensure_odoo_source():
    source = os.environ.get("ODOO_SOURCE")
    stamp = ODOO_DIR / ".park-origin"
    if source:
        src = Path(source).expanduser().resolve()
        origin = f"{src}"
        if stamp.is_file() and stamp.read_text() == origin and _is_odoo_tree(ODOO_DIR):
            return
        CACHE.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            tree = _find_odoo_tree(src)
            if not tree:
                raise SetupError(
                    f"ODOO_SOURCE={source} holds no Odoo source tree (no odoo-bin)."
                )
            _install_tree(tree, origin)
        elif src.is_file():
            with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
                _unpack(src, tmp)
                tree = _find_odoo_tree(Path(tmp))
                if not tree:
                    raise SetupError(f"ODOO_SOURCE={source} holds no Odoo source tree.")
                _install_tree(tree, origin)
        else:
            raise SetupError(f"ODOO_SOURCE={source} does not exist.")
    elif not _is_odoo_tree(ODOO_DIR):
        CACHE.mkdir(parents=True, exist_ok=True)
        say(f"downloading the Odoo 19 source release from {ODOO_URL}")
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            archive = Path(tmp) / "odoo.tar.gz"
            try:
                with (
                    urllib.request.urlopen(ODOO_URL, timeout=60) as resp,
                    open(archive, "wb") as out,
                ):
                    shutil.copyfileobj(resp, out)
                _unpack(archive, Path(tmp) / "src")
            except Exception as exc:
                raise SetupError(
                    f"Odoo 19's source could not be had: downloading {ODOO_URL} "
                    f"failed ({exc}); set ODOO_SOURCE to a local Odoo 19 source "
                    "tree or archive."
                ) from exc
            tree = _find_odoo_tree(Path(tmp) / "src")
            if not tree:
                raise SetupError(f"{ODOO_URL} holds no Odoo source tree.")
            _install_tree(tree, ODOO_URL)
    _check_version()


# --------------------------------------------------------------------------
# Python virtualenv and OCA addons
# --------------------------------------------------------------------------
def _digest(*paths, extra=""):
    h = hashlib.sha256(extra.encode())
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()


def _constraints_file():
    """Pins that must hold while Odoo's own requirements are installed."""
    lines = [
        line.split("#")[0].strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
    ]
    pins = [
        line
        for line in lines
        if line
        and not line.startswith("odoo-addon-")
        and line.split("<")[0].split("=")[0].strip().lower()
        in {"setuptools", "lxml_html_clean"}
    ]
    path = CACHE / "constraints.txt"
    path.write_text("\n".join(pins) + "\n")
    return path


def vpy():
    return VENV / "bin" / "python"


def ensure_venv():
    reqs = [
        ODOO_DIR / "requirements.txt",
        ROOT / "requirements.txt",
        ROOT / "requirements-dev.txt",
    ]
    stamp = VENV / ".park-stamp"
    digest = _digest(*reqs)
    if stamp.is_file() and stamp.read_text() == digest and vpy().exists():
        return
    python = os.environ.get("PYTHON") or sys.executable
    if not vpy().exists():
        say(f"creating the virtualenv {VENV}")
        run([python, "-m", "venv", VENV])
    pip = [vpy(), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    constraints = _constraints_file()
    run(pip + ["setuptools>=75,<81", "wheel"])
    say("installing Odoo's Python requirements")
    run(pip + ["-c", constraints, "-r", ODOO_DIR / "requirements.txt"])
    ours = [
        line.split("#")[0].strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
    ]
    libs = [x for x in ours if x and not x.startswith("odoo-addon-")]
    oca = [x for x in ours if x.startswith("odoo-addon-")]
    say("installing the project's Python requirements")
    run(pip + ["-c", constraints] + libs + ["-r", ROOT / "requirements-dev.txt"])
    say(f"installing OCA addons into {OCA_DIR}")
    if OCA_DIR.exists():
        shutil.rmtree(OCA_DIR)
    run(pip + ["--no-deps", "--target", OCA_DIR] + oca)
    stamp.write_text(digest)


def addons_path():
    return ",".join(
        str(p)
        for p in (ODOO_DIR / "odoo" / "addons", ODOO_DIR / "addons", OCA_ADDONS, ADDONS)
    )


# --------------------------------------------------------------------------
# Embedded PostgreSQL
# --------------------------------------------------------------------------
def _pg_bin(name):
    found = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]),
    )
    if found:
        return found[-1]
    path = shutil.which(name)
    if not path:
        raise SetupError(
            f"PostgreSQL's {name} was not found; install the postgresql package."
        )
    return Path(path)


def _pg_user():
    """PostgreSQL refuses to run as root: root runs it as 'postgres'."""
    return "postgres" if os.geteuid() == 0 else None


def _as_pg(cmd, **kw):
    user = _pg_user()
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return run(cmd, **kw)


def pg_home():
    """The cluster's folder: var/pg, or a private one when its user can't reach var/."""
    home = VAR / "pg"
    user = _pg_user()
    if user:
        home.parent.mkdir(parents=True, exist_ok=True)
        probe = subprocess.run(["runuser", "-u", user, "--", "test", "-x", str(VAR)])
        if probe.returncode != 0:
            tag = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
            home = Path("/var/tmp") / f"parktong-pg-{tag}"
    return home


def pg_socket_dir():
    return pg_home() / "run"


def ensure_postgres():
    home = pg_home()
    data, sock, log = home / "data", home / "run", home / "postgresql.log"
    user = _pg_user()
    if not (data / "PG_VERSION").is_file():
        say(f"creating the embedded PostgreSQL cluster in {home}")
        for d in (data, sock):
            d.mkdir(parents=True, exist_ok=True)
        if user:
            shutil.chown(home, user)
            for d in (data, sock):
                shutil.chown(d, user)
        _as_pg(
            [
                _pg_bin("initdb"),
                "-D",
                data,
                "-U",
                DB_USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            stdout=subprocess.DEVNULL,
        )
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(
                "\n# embedded cluster of 园区通: unix socket only\n"
                "listen_addresses = ''\n"
                f"unix_socket_directories = '{sock}'\n"
                f"port = {PG_PORT}\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            )
    status = _as_pg(
        [_pg_bin("pg_ctl"), "-D", data, "status"],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    if status.returncode != 0:
        say("starting the embedded PostgreSQL")
        if user and log.exists():
            shutil.chown(log, user)
        _as_pg(
            [_pg_bin("pg_ctl"), "-D", data, "-l", log, "-w", "start"],
            stdout=subprocess.DEVNULL,
        )


def psql(sql, db="postgres"):
    return run(
        [
            _pg_bin("psql"),
            "-h",
            pg_socket_dir(),
            "-p",
            PG_PORT,
            "-U",
            DB_USER,
            "-d",
            db,
            "-tAc",
            sql,
        ],
        capture_output=True,
        text=True,
    ).stdout.strip()


def db_exists(name):
    return psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"


def drop_db(name):
    if db_exists(name):
        psql(f'DROP DATABASE "{name}" WITH (FORCE)')


# --------------------------------------------------------------------------
# Odoo
# --------------------------------------------------------------------------
def write_config():
    """Odoo configuration from config/odoo.conf.template, for this checkout."""
    VAR.mkdir(exist_ok=True)
    conf = VAR / "odoo.conf"
    text = (ROOT / "config" / "odoo.conf.template").read_text()
    values = {
        "addons_path": addons_path(),
        "db_host": str(pg_socket_dir()),
        "db_port": str(PG_PORT),
        "db_user": DB_USER,
        "data_dir": str(VAR / "filestore"),
    }
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    conf.write_text(text)
    return conf


def odoo_cmd(conf, *args):
    """odoo-bin with the configuration; a subcommand (shell, db …) goes first."""
    if args and not args[0].startswith("-"):
        return [vpy(), ODOO_DIR / "odoo-bin", args[0], "-c", conf, *args[1:]]
    return [vpy(), ODOO_DIR / "odoo-bin", "-c", conf, *args]


def park_modules():
    return sorted(p.parent.name for p in ADDONS.glob("park_*/__manifest__.py"))


def setup():
    ensure_debian_packages()
    ensure_odoo_source()
    ensure_venv()
    ensure_postgres()
    return write_config()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cmd_setup(_args):
    setup()
    say("setup complete")
    return 0


def cmd_run(args):
    conf = setup()
    db = args.database
    mods = ",".join(park_modules())
    if not db_exists(db):
        say(
            f"creating the database {db} with {mods}, their sample (demo) data "
            "and 简体中文 (a few minutes)"
        )
        run(
            odoo_cmd(
                conf,
                "-d",
                db,
                "-i",
                mods,
                # Odoo 19 loads demo data only when asked; the sample parks,
                # enterprises and users of park_zibo are demo data
                "--with-demo",
                "--load-language=zh_CN",
                "--stop-after-init",
                "--log-level=warn",
            )
        )
        shell = (
            "env['res.lang']._activate_lang('zh_CN')\n"
            "users = env['res.users'].with_context(active_test=False).search([])\n"
            "users.write({'lang': 'zh_CN', 'tz': 'Asia/Shanghai'})\n"
            "env.cr.commit()\n"
        )
        run(
            odoo_cmd(conf, "shell", "-d", db, "--log-level=warn", "--no-http"),
            input=shell,
            text=True,
            stdout=subprocess.DEVNULL,
        )
    elif args.update:
        run(
            odoo_cmd(
                conf, "-d", db, "-u", mods, "--stop-after-init", "--log-level=warn"
            )
        )
    say(f"serving {db} at http://127.0.0.1:{args.port} — login admin, password admin")
    os.execv(
        str(vpy()),
        [
            str(x)
            for x in odoo_cmd(
                conf,
                "-d",
                db,
                "--db-filter",
                f"^{db}$",
                "--http-interface=127.0.0.1",
                f"--http-port={args.port}",
                *args.odoo_args,
            )
        ],
    )


# --------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------
def cmd_lint(_args):
    setup_venv_only()
    return lint()


def setup_venv_only():
    ensure_odoo_source()
    ensure_venv()


def lint():
    """OCA-style checks: ruff (lint + format) and pylint-odoo's mandatory checks."""
    bindir = VENV / "bin"
    ok = True
    for cmd in (
        [bindir / "ruff", "check", "addons", "tests", "tools", "bench"],
        [bindir / "ruff", "format", "--check", "addons", "tests", "tools", "bench"],
        [
            bindir / "pylint",
            "--rcfile",
            ROOT / ".pylintrc-mandatory",
            *sorted(ADDONS.glob("park_*")),
        ],
    ):
        res = subprocess.run([str(c) for c in cmd], cwd=ROOT)
        ok &= res.returncode == 0
    say("lint: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


def _checklog(log, summary):
    return subprocess.run(
        [sys.executable, ROOT / "tools" / "checklog.py", log, "--summary", summary],
    ).returncode


TEMPLATE_DB = "parktong_template"
TEMPLATE_MODULES = (
    "base,web,mail,portal,helpdesk_mgmt,helpdesk_mgmt_merge,report_xlsx,crm,survey"
)
# the addons' zh_CN translations are loaded, and so checked, as they install
TEMPLATE_LANG = "zh_CN"


def ensure_template(conf):
    """A database with Odoo's and OCA's addons installed, copied for each test run.

    Keyed by the Odoo source and the virtualenv; a lock lets several test runs
    share it.
    """
    import fcntl  # noqa: PLC0415 - POSIX only, like the rest of the tool

    stamp = VAR / f"{TEMPLATE_DB}.stamp"
    digest = _digest(
        ODOO_DIR / ".park-origin",
        *sorted(OCA_ADDONS.glob("*/__manifest__.py")),
        extra=TEMPLATE_MODULES + TEMPLATE_LANG,
    )
    with open(VAR / f"{TEMPLATE_DB}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (
            db_exists(TEMPLATE_DB) and stamp.is_file() and stamp.read_text() == digest
        ):
            say(f"building the template database {TEMPLATE_DB} ({TEMPLATE_MODULES})")
            drop_db(TEMPLATE_DB)
            run(
                odoo_cmd(
                    conf,
                    "-d",
                    TEMPLATE_DB,
                    "-i",
                    TEMPLATE_MODULES,
                    f"--load-language={TEMPLATE_LANG}",
                    "--stop-after-init",
                    "--log-level=warn",
                    "--no-http",
                )
            )
            stamp.write_text(digest)
    return TEMPLATE_DB


def cmd_test(args):
    conf = setup()
    mods = args.modules or ",".join(park_modules())
    db = args.database
    logs = VAR / "test-logs" / db
    logs.mkdir(parents=True, exist_ok=True)
    results = {"passed": 0, "failed": 0}

    def tally(summary_file):
        text = Path(summary_file).read_text().split()
        results["passed"] += int(text[0])
        results["failed"] += int(text[1])

    if not args.skip_lint:
        rc = lint()
        results["passed" if rc == 0 else "failed"] += 1

    if args.e2e_only:
        if not db_exists(db):
            raise SetupError(f"--e2e-only needs the database {db} of an earlier run.")
    else:
        addon_tests(conf, db, mods, args.test_tags, logs)
        tally(logs / "odoo-tests.summary")

    # 2. end-to-end tests against a live multi-worker server
    if not args.skip_e2e and (ROOT / "tests").is_dir():
        e2e_log = logs / "odoo-e2e.log"
        rc_summary = logs / "e2e.summary"
        e2e(conf, db, e2e_log, rc_summary, logs / "e2e-junit.xml")
        tally(rc_summary)

    print(f"{results['passed']} passed, {results['failed']} failed", flush=True)
    return 0 if results["failed"] == 0 else 1


def addon_tests(conf, db, mods, test_tags, logs):
    """Install the addons with their tests into a fresh copy of the template."""
    template = ensure_template(conf)
    drop_db(db)
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template}"')
    filestore = VAR / "filestore" / "filestore"
    if (filestore / template).is_dir():
        shutil.rmtree(filestore / db, ignore_errors=True)
        shutil.copytree(filestore / template, filestore / db)
    # wkhtmltopdf fetches the reports' styles from report.url: point it at a
    # port where nothing listens, so that a PDF rendered by a test looks the
    # same whatever else runs on the default port 8069 (a `./park run`)
    # a port bound but never listened on refuses connections, and no other
    # test run can be given it while this one holds it
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    port = free_port()
    psql(
        "INSERT INTO ir_config_parameter (key, value) VALUES "
        "('report.url', 'http://127.0.0.1:%d') ON CONFLICT (key) DO UPDATE "
        "SET value = EXCLUDED.value" % closed_port,
        db=db,
    )
    log = logs / "odoo-tests.log"
    log.unlink(missing_ok=True)  # Odoo appends to its log file
    tags = test_tags or ",".join(f"/{m}" for m in mods.split(","))
    say(f"installing {mods} with their tests in {db} (log: {log})")
    t0 = time.time()
    subprocess.run(
        [
            str(c)
            for c in odoo_cmd(
                conf,
                "-d",
                db,
                "-i",
                mods,
                "--test-enable",
                f"--test-tags={tags}",
                "--stop-after-init",
                "--log-level=info",
                f"--logfile={log}",
                "--http-interface=127.0.0.1",
                f"--http-port={port}",
                "--workers=0",
            )
        ]
    )
    closed.close()
    say(f"addon tests took {time.time() - t0:.0f}s")
    _checklog(log, logs / "odoo-tests.summary")


@contextlib.contextmanager
def live_server(conf, db, log):
    """A multi-worker server on loopback serving ``db``, and an API key of its
    administrator: yields the environment variables its clients read
    (PARK_URL, PARK_DB, PARK_APIKEY, PARK_GEVENT_URL, PARK_ODOO_LOG)."""
    port, gevent_port = free_port(), free_port()
    key = subprocess.run(
        [
            str(c)
            for c in odoo_cmd(conf, "shell", "-d", db, "--log-level=warn", "--no-http")
        ],
        input=(
            "import datetime\n"
            "exp = datetime.datetime.now() + datetime.timedelta(days=1)\n"
            "k = env['res.users.apikeys'].with_user(env.ref('base.user_admin'))"
            "._generate(None, 'e2e', exp)\n"
            "env.cr.commit()\n"
            "print('APIKEY=' + k)\n"
        ),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"APIKEY=(\S+)", key)
    if not match:
        raise SetupError(f"could not create an API key on {db}")
    log.unlink(missing_ok=True)
    server = subprocess.Popen(
        [
            str(c)
            for c in odoo_cmd(
                conf,
                "-d",
                db,
                "--db-filter",
                f"^{db}$",
                "--http-interface=127.0.0.1",
                f"--http-port={port}",
                f"--gevent-port={gevent_port}",
                "--workers=2",
                "--max-cron-threads=1",
                f"--logfile={log}",
                "--log-level=info",
            )
        ],
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/web/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise SetupError(f"the Odoo server on {db} did not start")
        yield dict(
            os.environ,
            PARK_URL=base,
            PARK_DB=db,
            PARK_APIKEY=match.group(1),
            PARK_GEVENT_URL=f"http://127.0.0.1:{gevent_port}",
            PARK_ODOO_LOG=str(log),
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def e2e(conf, db, log, summary, junit):
    with live_server(conf, db, log) as env:
        subprocess.run(
            [
                str(vpy()),
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={junit}",
                str(ROOT / "tests"),
            ],
            cwd=ROOT,
            env=env,
        )
    subprocess.run(
        [
            sys.executable,
            ROOT / "tools" / "checklog.py",
            log,
            "--summary",
            summary,
            "--junit",
            junit,
        ]
    )


def cmd_bench(args):
    """Run bench/bench_*.py in `odoo shell` on a database with the addons."""
    conf = setup()
    db = args.database
    template = ensure_template(conf)
    # made again when the addons changed: a database installed from older
    # code would run the benchmarks on its older schema
    stamp = VAR / f"{db}.stamp"
    digest = _digest(
        *sorted(p for p in ADDONS.glob("park_*/**/*") if p.is_file()),
        extra=(VAR / f"{TEMPLATE_DB}.stamp").read_text(),
    )
    if args.rebuild or not (stamp.is_file() and stamp.read_text() == digest):
        drop_db(db)
    if not db_exists(db):
        psql(f'CREATE DATABASE "{db}" TEMPLATE "{template}"')
        mods = ",".join(park_modules())
        say(f"installing {mods} in {db}")
        run(odoo_cmd(conf, "-d", db, "-i", mods, "--stop-after-init", "--no-http"))
        stamp.write_text(digest)
    failed = 0
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        if args.only and args.only not in script.name:
            continue
        say(f"running {script.name}")
        if script.name.startswith("bench_http_"):
            failed += _bench_http(conf, db, script)
            continue
        res = subprocess.run(
            [str(c) for c in odoo_cmd(conf, "shell", "-d", db, "--no-http")],
            input=script.read_text(),
            text=True,
            check=False,
        )
        failed += res.returncode != 0
    return 1 if failed else 0


def _bench_http(conf, db, script):
    """Run a ``bench_http_*`` script (plain Python, a client of the JSON-2
    API) against a multi-worker server on a throwaway copy of the bench
    database; 1 when it failed."""
    copy = f"{db}_http"
    drop_db(copy)
    psql(f'CREATE DATABASE "{copy}" TEMPLATE "{db}"')
    try:
        with live_server(conf, copy, VAR / f"{copy}.log") as env:
            res = subprocess.run([str(vpy()), str(script)], cwd=ROOT, env=env)
    finally:
        drop_db(copy)
    return int(res.returncode != 0)


def cmd_i18n(args):
    """Export each addon's terms to i18n/<addon>.pot and merge them into
    i18n/zh_CN.po (new terms untranslated, vanished ones dropped); print what
    is left to translate."""
    conf = setup()
    mods = (args.modules or ",".join(park_modules())).split(",")
    db = "parktong_i18n"
    drop_db(db)
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{ensure_template(conf)}"')
    say(f"installing {', '.join(mods)} in {db}")
    run(
        odoo_cmd(
            conf, "-d", db, "-i", ",".join(mods), "--stop-after-init", "--no-http"
        ),
        stdout=subprocess.DEVNULL,
    )
    # odoo-bin i18n export writes i18n/<addon>.pot into each addon
    run(
        [
            vpy(),
            ODOO_DIR / "odoo-bin",
            "i18n",
            "export",
            "-c",
            conf,
            "-d",
            db,
            *mods,
        ],
        stdout=subprocess.DEVNULL,
    )
    for mod in mods:
        i18n = ADDONS / mod / "i18n"
        pot = i18n / f"{mod}.pot"
        po = i18n / "zh_CN.po"
        if po.is_file():
            # entries appended twice (the first translation is kept)
            run(["msguniq", "--use-first", "--no-wrap", "-o", po, po])
            run(
                [
                    "msgmerge",
                    "--quiet",
                    "--update",
                    "--no-fuzzy-matching",
                    "--backup=none",
                    "--no-wrap",
                    po,
                    pot,
                ]
            )
        else:
            shutil.copy(pot, po)
        stats = subprocess.run(
            ["msgfmt", "--statistics", "-o", os.devnull, po],
            capture_output=True,
            text=True,
        ).stderr.strip()
        say(f"{mod}: {stats}")
    drop_db(db)
    return 0


def cmd_stop(_args):
    home = pg_home()
    if (home / "data" / "PG_VERSION").is_file():
        _as_pg(
            [_pg_bin("pg_ctl"), "-D", home / "data", "-m", "fast", "stop"], check=False
        )
    return 0


def cmd_odoo(args):
    conf = setup()
    os.execv(str(vpy()), [str(x) for x in odoo_cmd(conf, *args.odoo_args)])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["odoo"]:
        # everything after `odoo` goes to odoo-bin as it is (argparse would
        # take `-d` for an option of its own)
        rest = argv[2:] if argv[1:2] == ["--"] else argv[1:]
        return _guarded(cmd_odoo, argparse.Namespace(odoo_args=rest))
    parser = argparse.ArgumentParser(prog="park", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="set up and serve the sample database")
    p.add_argument("-d", "--database", default=DEMO_DB)
    p.add_argument("-p", "--port", type=int, default=8069)
    p.add_argument(
        "-u", "--update", action="store_true", help="upgrade the park_* addons first"
    )
    p.add_argument("odoo_args", nargs=argparse.REMAINDER, help="more odoo-bin options")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("test", help="set up and run every test")
    p.add_argument("-d", "--database", default="parktong_test")
    p.add_argument(
        "-m", "--modules", help="comma-separated addons (default: every park_*)"
    )
    p.add_argument("--test-tags", help="odoo --test-tags (default: the addons' own)")
    p.add_argument("--skip-lint", action="store_true")
    p.add_argument("--skip-e2e", action="store_true")
    p.add_argument(
        "--e2e-only", action="store_true", help="only the end-to-end tests, reusing -d"
    )
    p.set_defaults(func=cmd_test)
    sub.add_parser("setup", help="install everything, start PostgreSQL").set_defaults(
        func=cmd_setup
    )
    sub.add_parser("lint", help="ruff and pylint-odoo").set_defaults(func=cmd_lint)
    p = sub.add_parser("bench", help="run the benchmarks in bench/")
    p.add_argument("--rebuild", action="store_true", help="rebuild the bench database")
    p.add_argument("-k", "--only", help="run the benchmarks whose file name has this")
    p.add_argument("-d", "--database", default="parktong_bench")
    p.set_defaults(func=cmd_bench)
    p = sub.add_parser(
        "i18n", help="export the addons' terms and merge them into zh_CN.po"
    )
    p.add_argument("-m", "--modules", help="comma-separated addons (default: all)")
    p.set_defaults(func=cmd_i18n)
    sub.add_parser("stop", help="stop the embedded PostgreSQL").set_defaults(
        func=cmd_stop
    )
    p = sub.add_parser("odoo", help="odoo-bin with the project's configuration")
    p.add_argument("odoo_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_odoo)
    args = parser.parse_args(argv)
    return _guarded(args.func, args)


def _guarded(func, args):
    """Run a command; setup errors end it with one sentence."""
    try:
        return func(args) or 0
    except SetupError as exc:
        print(f"[park] error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(
            f"[park] error: a step failed: {' '.join(map(str, exc.cmd))}",
            file=sys.stderr,
        )
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
