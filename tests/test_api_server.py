"""The real server: `telaah serve` on 127.0.0.1 (a free port) with a new store; a sample plan
uploaded, its job polled (run in the job's own child process), then search, review and the PDF
report over HTTP; tokens made with `telaah tokens add`; the access log written as JSON lines."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from conftest import CORPUS, ROOT

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

PLAN = CORPUS / "docs" / "gunung_arum" / "masterplan_smart_city_gunung_arum_2023-2027.pdf"
RPJMD = CORPUS / "docs" / "gunung_arum" / "rpjmd_gunung_arum_2021-2026_kutipan.pdf"
CITY = "Gunung Arum"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def telaah(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=120,
    )


@pytest.fixture()
def server(tmp_path):
    store, log = tmp_path / "store", tmp_path / "access.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELAAH_")}
    env["TELAAH_API_TOKEN"] = "admin-secret-for-this-test"
    r = telaah("tokens", "add", "planner", "--role", "reviewer", "--store", str(store), env=env)
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "cli.py"),
            "serve",
            "--store",
            str(store),
            "--port",
            str(port),
            "--access-log",
            str(log),
            "--max-mb",
            "5",
        ],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        end = time.monotonic() + 120
        while time.monotonic() < end:
            if proc.poll() is not None:
                raise AssertionError("telaah serve exited: " + proc.stdout.read()[-3000:])
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        else:
            raise AssertionError("telaah serve did not answer /health in 120 s")
        yield base, token, log, store
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def test_real_server_upload_poll_search_review_pdf(server):
    base, token, log, store = server
    h = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=120) as c:
        assert c.get("/health").json()["status"] == "ok"
        assert c.get("/openapi.json").status_code == 200
        assert c.get("/v1/documents").status_code == 401
        with PLAN.open("rb") as a, RPJMD.open("rb") as b:
            r = c.post(
                "/v1/documents",
                headers=h,
                data={"city": CITY},
                files=[("files", (PLAN.name, a, "application/pdf")), ("files", (RPJMD.name, b, "application/pdf"))],
            )
        assert r.status_code == 202, r.text
        job_id = r.json()["job_id"]
        seen, end = [], time.monotonic() + 300
        while time.monotonic() < end:
            job = c.get(f"/v1/jobs/{job_id}", headers=h).json()
            seen.append((job["status"], job["progress"]))
            if job["status"] in ("done", "failed"):
                break
            time.sleep(0.5)
        assert job["status"] == "done", job
        assert [p for _s, p in seen] == sorted(p for _s, p in seen) and seen[-1][1] == 1.0  # progress only grows
        assert [x["status"] for x in job["results"]] == ["added", "added"]
        kinds = {x["kind"] for x in job["results"]}
        assert kinds == {"masterplan", "rpjmd"}

        hits = c.get("/v1/search", headers=h, params={"q": "air bersih", "top_k": 5, "city": CITY}).json()["results"]
        assert hits and all(x["city"] == CITY for x in hits)
        review = c.get(f"/v1/review/{CITY}", headers=h)
        assert review.status_code == 200 and review.json()["city"] == CITY and review.json()["gaps"] is not None
        pdf = c.get(f"/v1/review/{CITY}/report.pdf", headers=h)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-") and len(pdf.content) > 5000
        plan_id = next(x["doc_id"] for x in job["results"] if x["kind"] == "masterplan")
        original = c.get(f"/v1/documents/{plan_id}/file", headers=h)
        assert original.status_code == 200 and original.content == PLAN.read_bytes()
        # the reviewer may not delete; the environment's admin token may
        assert c.delete(f"/v1/documents/{plan_id}", headers=h).status_code == 403
        admin = {"Authorization": "Bearer admin-secret-for-this-test"}
        assert c.delete(f"/v1/documents/{plan_id}", headers=admin).status_code == 200
        assert c.get(f"/v1/documents/{plan_id}", headers=h).status_code == 404
    assert (store / "files").is_dir() and not (store / "uploads" / job_id).exists()
    want = {
        ("planner", "GET", "/v1/search", 200),
        ("planner", "DELETE", "/v1/documents/{doc_id}", 403),
        ("env", "DELETE", "/v1/documents/{doc_id}", 200),
        (None, "GET", "/v1/documents", 401),
    }
    end = time.monotonic() + 10  # a line is written when its response has been sent
    while time.monotonic() < end:
        lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
        if want <= {(x["token"], x["method"], x["route"], x["status"]) for x in lines}:
            break
        time.sleep(0.2)
    assert want <= {(x["token"], x["method"], x["route"], x["status"]) for x in lines}, lines[-5:]
    assert all(set(x) == {"time", "token", "method", "route", "status", "ms"} for x in lines)


def test_serve_binds_to_loopback_by_default():
    import cli

    assert cli.build_parser().parse_args(["serve"]).host == "127.0.0.1"
    assert "## HTTP API" in (ROOT / "README.md").read_text(encoding="utf-8")
