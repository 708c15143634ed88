"""Shared fixtures: paths to the real documents and a rendered 200+ page RPJMD PDF."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()
REALDATA = SHARED / "realdata"
REAL_PDFS = REALDATA / "pdfs"
CORPUS = ROOT / "corpus"
CACHE = ROOT / "tests" / ".cache"

sys.path.insert(0, str(ROOT))

needs_realdata = pytest.mark.skipif(not REALDATA.exists(), reason="../shared/realdata is not beside the project")


@pytest.fixture(scope="session")
def realdata() -> Path:
    if not REALDATA.exists():
        pytest.skip("../shared/realdata is not beside the project")
    return REALDATA


@pytest.fixture(scope="session")
def rpjmd_pdf(realdata) -> Path:
    """The real DKI Jakarta RPJMD 2025-2029 text, rendered to a PDF of 200+ pages (cached)."""
    from bench.fixtures import rpjmd_pdf as build

    return build(CACHE)


@pytest.fixture()
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


class CliResult:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli(*args: str, env: dict | None = None, timeout: int = 600, subprocess_: bool = False):
    """Run the real CLI: in this process (fast: spaCy loads once) or in a subprocess."""
    import contextlib
    import io
    import subprocess

    if subprocess_:
        e = dict(os.environ)
        e.pop("TELAAH_STORE", None)
        e.update(env or {})
        return subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), *args],
            capture_output=True,
            text=True,
            env=e,
            timeout=timeout,
            cwd=str(ROOT),
        )
    import cli

    saved = {k: os.environ.get(k) for k in list(env or {}) + ["TELAAH_STORE"]}
    os.environ.pop("TELAAH_STORE", None)
    os.environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = cli.main(list(args))
            except SystemExit as ex:  # argparse usage errors
                rc = ex.code if isinstance(ex.code, int) else 2
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return CliResult(rc, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory) -> Path:
    """The whole sample corpus ingested, embedded and indexed once per test session."""
    d = tmp_path_factory.mktemp("corpus") / "store"
    r = run_cli("ingest", str(CORPUS / "docs"), "--store", str(d), "--no-progress", "-q")
    assert r.returncode == 0, r.stderr
    return d
