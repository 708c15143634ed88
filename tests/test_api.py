"""The HTTP API (README, "HTTP API") through FastAPI's TestClient: every route and
status code of the contract, the same JSON as the CLI's `--json` for the same question, jobs
that survive a restart, uploads streamed under the store with the size limit, CORS closed by
default, the JSON access log."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from conftest import CORPUS, run_cli

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from api import Settings, create_app  # noqa: E402
from service import Telaah, tokens  # noqa: E402
from service import jobs as jobs_mod  # noqa: E402

DOCS = CORPUS / "docs"
CITY = "Nusa Permai"
FILES = [
    DOCS / "nusa_permai" / "masterplan_smart_city_nusa_permai_2023-2027.pdf",
    DOCS / "nusa_permai" / "rpjmd_nusa_permai_2021-2026_kutipan.pdf",
    DOCS / "nusa_permai" / "berita_mou_kominfo.html",
]
MAX_MB = 0.25  # the API's upload limit in these tests (the sample files are below it)
VOLATILE = ("generated_at", "seconds")  # the review's timing fields


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("api") / "store"
    with Telaah(d, create=True) as t:
        rep = t.ingest(FILES, progress=False)
    assert rep.n_ok == 3, [r.line() for r in rep.results]
    return d


@pytest.fixture(scope="module")
def keys(store) -> dict[str, str]:
    return {role: tokens.add(store, f"test-{role}", role) for role in ("reader", "reviewer", "admin")}


def make_app(store: Path, **kw):
    s = Settings(store=store, max_mb=MAX_MB, rate_per_minute=0, preload=False, jobs_inline=True, job_poll=0.2)
    for k, v in kw.items():
        setattr(s, k, v)
    return create_app(s)


@pytest.fixture(scope="module")
def client(store, keys, tmp_path_factory):
    log = tmp_path_factory.mktemp("log") / "access.log"
    with TestClient(make_app(store, access_log=str(log))) as c:
        c.log_path = log
        yield c


def auth(keys, role: str = "reader") -> dict:
    return {"Authorization": f"Bearer {keys[role]}"}


def cli_json(store: Path, *args: str):
    r = run_cli(*args, "--json", "--store", str(store))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def cli_jsonl(store: Path | None, *args: str) -> list:
    r = run_cli(*args, "--json", *(["--store", str(store)] if store else []))
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def wait_job(client, keys, job_id: str, seconds: float = 300) -> dict:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        job = client.get(f"/v1/jobs/{job_id}", headers=auth(keys)).json()
        assert 0.0 <= job["progress"] <= 1.0
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish in {seconds} s: {job}")


def error_of(r, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text[:500])
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert "\n" not in body["error"]["message"] and "Traceback" not in body["error"]["message"]
    return body["error"]


# -- no auth: health, the OpenAPI document, the docs page -----------------------------------------------
def test_health_openapi_and_docs_need_no_token(client):
    h = client.get("/health")
    assert h.status_code == 200 and h.json()["status"] == "ok"
    assert h.json()["documents"] >= 3
    spec = client.get("/openapi.json")
    assert spec.status_code == 200
    paths = spec.json()["paths"]
    for p in (
        "/v1/documents",
        "/v1/documents/{doc_id}",
        "/v1/documents/{doc_id}/file",
        "/v1/jobs/{job_id}",
        "/v1/search",
        "/v1/classify",
        "/v1/entities",
        "/v1/review/{city}",
        "/v1/review/{city}/report.{fmt}",
        "/v1/timeline/{city}",
        "/v1/compare",
    ):
        assert p in paths, p
    assert "multipart/form-data" in paths["/v1/documents"]["post"]["requestBody"]["content"]
    assert client.get("/docs").status_code == 200


# -- auth and roles ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "method,path",
    [
        ("get", "/v1/documents"),
        ("get", "/v1/search?q=air"),
        ("get", f"/v1/review/{CITY}"),
        ("get", "/v1/compare"),
        ("get", "/v1/jobs"),
        ("post", "/v1/documents"),
        ("delete", "/v1/documents/x"),
        ("post", "/v1/classify"),
    ],
)
def test_every_v1_route_needs_a_token(client, method, path):
    e = error_of(getattr(client, method)(path), 401)
    assert e["code"] == "unauthorized" and "Bearer" in e["message"]
    r = getattr(client, method)(path, headers={"Authorization": "Bearer tlh_not-a-token"})
    assert error_of(r, 401)["message"] == "unknown or revoked token"
    assert r.headers["www-authenticate"] == "Bearer"


def test_revoked_token_is_refused(client, store):
    key = tokens.add(store, "short-lived", "reader")
    tokens.revoke(store, "short-lived")
    error_of(client.get("/v1/documents", headers={"Authorization": f"Bearer {key}"}), 401)


def test_roles(client, keys):
    up = {"files": ("a.txt", b"Kota Nusa Permai membangun jaringan air bersih.", "text/plain")}
    e = error_of(client.post("/v1/documents", files=up, headers=auth(keys, "reader")), 403)
    assert e["code"] == "forbidden" and "reviewer" in e["message"]
    e = error_of(client.delete("/v1/documents/anything", headers=auth(keys, "reviewer")), 403)
    assert "admin" in e["message"]
    assert client.get("/v1/documents", headers=auth(keys, "admin")).status_code == 200


def test_env_token_is_admin(client, monkeypatch):
    monkeypatch.setenv("TELAAH_API_TOKEN", "one-person-secret")
    r = client.delete("/v1/documents/no-such-doc", headers={"Authorization": "Bearer one-person-secret"})
    assert error_of(r, 404)["code"] == "not_found"  # allowed (admin), the document is unknown


def test_token_names_and_roles_are_checked(store):
    from core.errors import UsageError

    with pytest.raises(UsageError):
        tokens.add(store, "bad name!", "reader")
    with pytest.raises(UsageError):
        tokens.add(store, "x", "superuser")
    with pytest.raises(UsageError):  # an active token's name is not reused
        tokens.add(store, "test-reader", "reader")
    listed = {t.name: t for t in tokens.list_tokens(store)}
    assert listed["test-admin"].role == "admin" and listed["test-admin"].revoked_at is None
    assert "hash" not in listed["test-admin"].to_json()


def test_tokens_cli(tmp_path):
    d = str(tmp_path / "s")
    r = run_cli("tokens", "add", "ops", "--role", "admin", "--store", d)
    assert r.returncode == 0 and r.stdout.strip().startswith("tlh_")
    token = r.stdout.strip()
    assert token not in (tmp_path / "s" / "telaah.db").read_bytes().decode("latin-1")  # only the hash is stored
    listed = json.loads(run_cli("tokens", "list", "--json", "--store", d).stdout)
    assert listed == [{"name": "ops", "role": "admin", "created_at": listed[0]["created_at"], "revoked_at": None}]
    assert run_cli("tokens", "revoke", "ops", "--store", d).returncode == 0
    r = run_cli("tokens", "revoke", "ops", "--store", d)
    assert r.returncode == 2 and "no active token" in r.stderr


def test_rate_limit_429(store, keys):
    with TestClient(make_app(store, rate_per_minute=3)) as c:
        codes = [c.get("/v1/cities", headers=auth(keys)).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        r = c.get("/v1/cities", headers=auth(keys))
        assert error_of(r, 429)["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1
        assert c.get("/v1/cities", headers=auth(keys, "admin")).status_code == 200  # per token
        assert c.get("/health").status_code == 200  # no token, no limit


# -- the same JSON as the CLI ------------------------------------------------------------------------------------
def test_docs_and_show_as_the_cli(client, keys, store):
    got = client.get("/v1/documents", headers=auth(keys))
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    assert got.json() == cli_json(store, "docs")
    assert client.get("/v1/documents?failures=true", headers=auth(keys)).json() == cli_json(store, "docs", "--failures")
    assert client.get("/v1/documents?kind=masterplan", headers=auth(keys)).json() == cli_json(
        store, "docs", "--kind", "masterplan"
    )
    doc_id = got.json()[0]["id"]
    assert client.get(f"/v1/documents/{doc_id}", headers=auth(keys)).json() == cli_json(store, "show", doc_id)
    assert client.get(f"/v1/documents/{doc_id[:12]}", headers=auth(keys)).json()["document"]["id"] == doc_id


@pytest.mark.parametrize(
    "params",
    [
        {"q": "air bersih di permukiman pesisir"},
        {"q": "layanan kependudukan e-KTP", "top_k": 3, "mode": "keyword"},
        {"q": "smart governance", "city": "Nusa", "kind": "masterplan", "year": 2024},
        {"q": "pengelolaan sampah", "dimension": "environment", "mode": "dense"},
    ],
)
def test_search_as_the_cli(client, keys, store, params):
    args = [params["q"]]
    for k, flag in (
        ("top_k", "--top-k"),
        ("mode", "--mode"),
        ("city", "--city"),
        ("kind", "--kind"),
        ("year", "--year"),
        ("dimension", "--dimension"),
    ):
        if k in params:
            args += [flag, str(params[k])]
    r = client.get("/v1/search", params=params, headers=auth(keys))
    assert r.status_code == 200
    assert r.json()["results"] == cli_jsonl(store, "search", *args)
    assert r.json()["results"], "the sample plan answers these queries"


def test_review_as_the_cli(client, keys, store):
    r = client.get(f"/v1/review/{CITY}", headers=auth(keys))
    assert r.status_code == 200
    api, cli = r.json(), cli_json(store, "review", CITY)
    for k in VOLATILE:
        api.pop(k, None)
        cli.pop(k, None)
    assert api == cli
    again = client.get(f"/v1/review/{CITY}", headers=auth(keys))  # cached per store version: the same bytes
    assert again.content == r.content
    rp = api["rpjmd"]["id"]
    with_doc = client.get(
        f"/v1/review/{CITY}", params={"rpjmd": rp, "masterplan": api["masterplan"]["id"]}, headers=auth(keys)
    ).json()
    assert with_doc["rpjmd"]["id"] == rp and with_doc["summary"] == api["summary"]


def test_timeline_and_compare_as_the_cli(client, keys, store):
    assert client.get(f"/v1/timeline/{CITY}", headers=auth(keys)).json() == cli_json(store, "timeline", CITY)
    assert client.get("/v1/compare", headers=auth(keys)).json() == cli_json(store, "compare")
    assert client.get("/v1/compare", params={"city": CITY}, headers=auth(keys)).json() == cli_json(
        store, "compare", CITY
    )
    assert client.get("/v1/compare", params={"programme": "e-KTP", "top_k": 5}, headers=auth(keys)).json() == cli_json(
        store, "compare", "--programme", "e-KTP", "--top-k", "5"
    )
    assert client.get("/v1/compare", params={"benchmark": CITY}, headers=auth(keys)).json() == cli_json(
        store, "compare", "--benchmark", CITY
    )


def test_classify_and_entities_as_the_cli(client, keys, tmp_path):
    texts = [
        {"id": "a", "text": "Pembangunan jaringan air bersih perpipaan untuk permukiman pesisir."},
        {"id": 7, "text": "Dinas Kominfo menganggarkan Rp 1,5 miliar untuk aplikasi e-KTP pada 2024."},
        {"id": "c", "text": "Rapat koordinasi."},
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in texts), encoding="utf-8")
    r = client.post("/v1/classify", json={"texts": texts}, headers=auth(keys))
    assert r.status_code == 200 and r.json()["results"] == cli_jsonl(None, "classify", str(f))
    r = client.post("/v1/entities", json={"texts": texts}, headers=auth(keys))
    assert r.status_code == 200 and r.json()["results"] == cli_jsonl(None, "entities", str(f))
    assert r.json()["results"][1]["entities"]


# -- reports and originals ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fmt,ctype,magic",
    [
        ("pdf", "application/pdf", b"%PDF-"),
        ("html", "text/html", b"<!DOCTYPE html"),
        ("xlsx", "application/vnd.openxmlformats", b"PK"),
    ],
)
def test_reports(client, keys, fmt, ctype, magic):
    r = client.get(f"/v1/review/{CITY}/report.{fmt}", params={"lang": "en"}, headers=auth(keys))
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith(ctype)
    assert r.content[:20].lstrip().upper().startswith(magic.upper())
    assert r.headers["content-disposition"].startswith("attachment;") and f".{fmt}" in r.headers["content-disposition"]


def test_original_file_of_a_cli_ingested_document(client, keys, store, tmp_path):
    docs = client.get("/v1/documents?kind=masterplan", headers=auth(keys)).json()
    r = client.get(f"/v1/documents/{docs[0]['id']}/file", headers=auth(keys))
    assert r.status_code == 200 and r.content == FILES[0].read_bytes()
    assert r.headers["content-type"] == "application/pdf" and "attachment" in r.headers["content-disposition"]
    # a file ingested by the CLI from a place that no longer exists: 404 with the reason
    src = tmp_path / "notulen_sementara.md"
    src.write_text(
        "# Notulen rapat smart city Kota Nusa Permai\n\nRapat membahas aplikasi layanan publik.\n", encoding="utf-8"
    )
    with Telaah(store) as t:
        res = t.ingest([src], index=False, progress=False).results[0]
    src.unlink()
    e = error_of(client.get(f"/v1/documents/{res.doc_id}/file", headers=auth(keys)), 404)
    assert "original file is not kept" in e["message"]
    with Telaah(store) as t:
        t.delete(res.doc_id)


# -- bad requests ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path,status,code",
    [
        ("/v1/documents/no-such-document", 404, "not_found"),
        ("/v1/documents/no-such-document/file", 404, "not_found"),
        ("/v1/review/Atlantis", 404, "not_found"),
        ("/v1/review/Atlantis/report.pdf", 404, "not_found"),
        ("/v1/timeline/Atlantis", 404, "not_found"),
        ("/v1/compare?benchmark=Atlantis", 404, "not_found"),
        (f"/v1/review/{CITY}?rpjmd=no-such-doc", 404, "not_found"),
        ("/v1/jobs/0123456789abcdef0123", 404, "not_found"),
        ("/v1/jobs/../../etc", 404, "not_found"),
        ("/v1/search", 422, "usage"),
        ("/v1/search?q=air&top_k=0", 422, "usage"),
        ("/v1/search?q=air&mode=fuzzy", 422, "usage"),
        ("/v1/search?q=air&year=1800", 422, "usage"),
        ("/v1/search?q=air&kind=novel", 422, "usage"),
        (f"/v1/review/{CITY}?lang=fr", 422, "usage"),
        (f"/v1/review/{CITY}/report.docx", 422, "usage"),
        ("/v1/nothing-here", 404, "not_found"),
    ],
)
def test_errors_are_json_with_the_cli_messages(client, keys, path, status, code):
    e = error_of(client.get(path, headers=auth(keys)), status)
    assert e["code"] == code
    if "Atlantis" in path:
        assert e["message"].startswith("no documents for 'Atlantis'") or "Atlantis" in e["message"]
    if path.startswith("/v1/documents/no-such"):
        assert e["message"] == "no document with id 'no-such-document' (see 'telaah docs')"  # as the CLI says it


def test_cli_says_the_same_message(client, keys, store):
    r = run_cli("review", "Atlantis", "--store", str(store))
    api = client.get("/v1/review/Atlantis", headers=auth(keys)).json()["error"]["message"]
    assert r.returncode == 2 and r.stderr.strip() == f"telaah: {api}"


def test_bad_json_bodies(client, keys):
    error_of(client.post("/v1/classify", json={"text": "no list"}, headers=auth(keys)), 422)
    error_of(
        client.post("/v1/classify", content=b"{not json", headers={**auth(keys), "Content-Type": "application/json"}),
        422,
    )
    error_of(client.post("/v1/entities", json={"texts": [{"id": 1}]}, headers=auth(keys)), 422)
    big = b'{"texts": [{"id": 1, "text": "' + b"a" * (17 << 20) + b'"}]}'
    assert (
        error_of(
            client.post("/v1/classify", content=big, headers={**auth(keys), "Content-Type": "application/json"}), 413
        )["code"]
        == "too_large"
    )


# -- uploads and jobs -------------------------------------------------------------------------------------------
def test_upload_job_file_and_delete(client, keys, store):
    plan = DOCS / "tanjung_seruni" / "berita_mou_kominfo.html"
    news = DOCS / "tanjung_seruni" / "berita_peluncuran_eparkir.txt"
    files = [
        ("files", (plan.name, plan.read_bytes(), "text/html")),
        ("files", ("../../../etc/" + news.name, news.read_bytes(), "text/plain")),
    ]
    r = client.post("/v1/documents", files=files, data={"kind": "news"}, headers=auth(keys, "reviewer"))
    assert r.status_code == 202, r.text
    job_id = r.json()["job_id"]
    assert r.headers["location"] == f"/v1/jobs/{job_id}" and r.json()["files"] == [plan.name, news.name]
    job = wait_job(client, keys, job_id)
    assert job["status"] == "done" and job["progress"] == 1.0 and job["stage"] == "done", job
    assert [x["file"] for x in job["results"]] == [plan.name, news.name]
    for res in job["results"]:
        assert {"file", "status", "doc_id", "message", "path", "reason", "code", "passages", "pages"} <= set(res)
        assert res["status"] == "added" and res["doc_id"]
    # stored under the store only; the original comes back byte for byte
    assert not (store / "uploads" / job_id).exists()
    doc_id = job["results"][1]["doc_id"]
    got = client.get(f"/v1/documents/{doc_id}/file", headers=auth(keys))
    assert got.status_code == 200 and got.content == news.read_bytes()
    assert news.name in got.headers["content-disposition"] and "etc" not in got.headers["content-disposition"]
    assert any(p.name.startswith(doc_id) for p in (store / "files").iterdir())
    assert client.get(f"/v1/documents/{doc_id}", headers=auth(keys)).json()["document"]["kind"] == "news"
    # the same upload again: unchanged
    again = wait_job(
        client, keys, client.post("/v1/documents", files=files[1:], headers=auth(keys, "reviewer")).json()["job_id"]
    )
    assert again["results"][0]["status"] == "unchanged" and again["results"][0]["doc_id"] == doc_id
    # delete (admin): gone, with its copy
    for res in job["results"]:
        d = client.delete(f"/v1/documents/{res['doc_id']}", headers=auth(keys, "admin"))
        assert d.status_code == 200 and d.json()["deleted"] == res["doc_id"]
        error_of(client.get(f"/v1/documents/{res['doc_id']}", headers=auth(keys)), 404)
    assert not any(p.name.startswith(doc_id) for p in (store / "files").iterdir())
    error_of(client.delete(f"/v1/documents/{doc_id}", headers=auth(keys, "admin")), 404)
    listed = client.get("/v1/jobs", headers=auth(keys)).json()["jobs"]
    assert listed[0]["kind"] == "delete" and {j["job_id"] for j in listed} >= {job_id}


def test_failed_files_are_results_and_a_failed_job(client, keys):
    r = client.post(
        "/v1/documents", files={"files": ("kosong.pdf", b"", "application/pdf")}, headers=auth(keys, "reviewer")
    )
    job = wait_job(client, keys, r.json()["job_id"])
    assert job["status"] == "failed" and job["results"][0]["status"] == "failed"
    assert job["results"][0]["message"] == "empty file (0 bytes)" and "empty file" in job["error"]
    r = client.post(
        "/v1/documents",
        files={"files": ("rusak.pdf", b"<html>not a pdf</html>", "application/pdf")},
        headers=auth(keys, "reviewer"),
    )
    job = wait_job(client, keys, r.json()["job_id"])
    assert job["results"][0]["message"] == "not a PDF (the file has a .pdf name but holds HTML)"


def test_upload_limits_and_types(client, keys, store):
    h = auth(keys, "reviewer")
    big = b"Kota Nusa Permai. " * int(MAX_MB * 1024 * 1024 / 18 + 1000)
    e = error_of(client.post("/v1/documents", files={"files": ("besar.txt", big, "text/plain")}, headers=h), 413)
    assert (
        e["code"] == "too_large" and e["message"].startswith("besar.txt: file too large") and "--max-mb" in e["message"]
    )
    e = error_of(
        client.post("/v1/documents", files={"files": ("tabel.xlsx", b"PK\x03\x04", "application/zip")}, headers=h), 415
    )
    assert e["message"].startswith("tabel.xlsx: unsupported file type '.xlsx'")
    error_of(client.post("/v1/documents", json={"files": []}, headers=h), 415)
    error_of(
        client.post("/v1/documents", data={"city": "x"}, files={"other": ("a.txt", b"x", "text/plain")}, headers=h), 422
    )
    error_of(
        client.post(
            "/v1/documents", files={"files": ("a.txt", b"air bersih", "text/plain")}, data={"kind": "novel"}, headers=h
        ),
        422,
    )
    # nothing of the refused uploads stays behind
    assert not list((store / "uploads").glob("*"))


def test_hostile_file_names_are_sanitised(client, keys, store):
    name = "..\\..\\evil\x1b[2J\u202enama.txt"
    r = client.post(
        "/v1/documents",
        files={"files": (name, b"Kota Nusa Permai: rapat evaluasi smart city.", "text/plain")},
        headers=auth(keys, "reviewer"),
    )
    job = wait_job(client, keys, r.json()["job_id"])
    shown = job["results"][0]["file"]
    assert "\x1b" not in shown and "\u202e" not in shown and "\\" not in shown and "/" not in shown
    assert job["status"] == "done"
    doc_id = job["results"][0]["doc_id"]
    stored = [p for p in (store / "files").iterdir() if p.name.startswith(doc_id)]
    assert stored and all(p.resolve().parent == (store / "files").resolve() for p in stored)
    assert client.delete(f"/v1/documents/{doc_id}", headers=auth(keys, "admin")).status_code == 200


def test_jobs_survive_a_restart(store, keys):
    """A job queued (or left running) by a server that stopped is run by the next one."""
    from index import jobs as tables  # the test plays a server that died mid-job

    fd = jobs_mod.try_lock(store / "locks" / "jobs.lock")  # no runner takes it meanwhile
    assert fd is not None
    try:
        with Telaah(store) as t:
            jobs_mod.ensure_tables(t)
            job_id = jobs_mod.new_job_id()
            staged = jobs_mod.staging_dir(store, job_id) / "001-berita.txt"
            staged.write_bytes((DOCS / "lembah_sari" / "berita_evaluasi_smart_city.txt").read_bytes())
            jobs_mod.submit_ingest(
                t, job_id, [("berita_evaluasi.txt", staged)], city=None, kind=None, max_mb=MAX_MB, submitted_by="test"
            )
            tables.claim_next(t.store)
            assert jobs_mod.get_job(t, job_id).status == "running"
    finally:
        os.close(fd)
    with TestClient(make_app(store)) as c:
        job = wait_job(c, keys, job_id)
    assert job["status"] == "done" and job["results"][0]["status"] == "added"
    with Telaah(store) as t:
        t.delete(job["results"][0]["doc_id"])


def test_one_runner_at_a_time(store):
    """The runner lock: a second runner does nothing while the first holds it."""
    a = jobs_mod.JobRunner(store, in_process=True)
    fd = jobs_mod.try_lock(a.lock_path)
    try:
        assert fd is not None and jobs_mod.try_lock(a.lock_path) is None
        assert jobs_mod.JobRunner(store, in_process=True).run_once() is False
    finally:
        os.close(fd)


def test_reads_go_on_while_a_job_writes(client, keys):
    """Concurrent reads during an ingest job: no error (no 'database is locked') reaches a client."""
    plan = DOCS / "lembah_sari" / "rpjmd_lembah_sari_2021-2026_kutipan.pdf"
    r = client.post(
        "/v1/documents",
        files={"files": (plan.name, plan.read_bytes(), "application/pdf")},
        headers=auth(keys, "reviewer"),
    )
    job_id = r.json()["job_id"]
    codes: list[int] = []
    lock = threading.Lock()

    def reader(n: int) -> None:
        for i in range(6):
            path = ("/v1/search?q=air+bersih", "/v1/documents", f"/v1/review/{CITY}", f"/v1/jobs/{job_id}")[(n + i) % 4]
            code = client.get(path, headers=auth(keys)).status_code
            with lock:
                codes.append(code)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    job = wait_job(client, keys, job_id)
    assert job["status"] == "done" and codes == [200] * 36, codes
    doc_id = job["results"][0]["doc_id"]
    assert client.delete(f"/v1/documents/{doc_id}", headers=auth(keys, "admin")).status_code == 200


# -- CORS, the access log ---------------------------------------------------------------------------------------
def test_cors_closed_by_default_and_allow_list(client, store, keys):
    r = client.get("/v1/documents", headers={**auth(keys), "Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/v1/documents", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in pre.headers
    with TestClient(make_app(store, cors_origins=["https://dashboard.kominfo.example"])) as c:
        ok = c.get("/v1/documents", headers={**auth(keys), "Origin": "https://dashboard.kominfo.example"})
        assert ok.headers["access-control-allow-origin"] == "https://dashboard.kominfo.example"
        bad = c.get("/v1/documents", headers={**auth(keys), "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in bad.headers


def test_access_log_is_one_json_line_per_request(store, keys, tmp_path):
    log = tmp_path / "access.log"
    with TestClient(make_app(store, access_log=str(log))) as c:
        c.get("/health")
        c.get("/v1/search", params={"q": "rahasia warga"}, headers=auth(keys))
        c.get("/v1/documents")
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [(x["route"], x["status"], x["token"]) for x in lines] == [
        ("/health", 200, None),
        ("/v1/search", 200, "test-reader"),
        ("/v1/documents", 401, None),
    ]
    for x in lines:
        assert set(x) == {"time", "token", "method", "route", "status", "ms"} and x["ms"] >= 0
    assert "rahasia" not in log.read_text(encoding="utf-8")  # no query strings in the log


def test_the_upload_is_streamed_not_buffered(store, keys, tmp_path):
    """The part is written to the staging folder as it arrives: a body bigger than the limit is
    cut at the limit (the partial file is removed), whatever the client declared."""
    with TestClient(make_app(store, max_mb=0.01)) as c:

        def body():
            yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="x.txt"\r\n\r\n'
            for _ in range(100):
                yield b"a" * 1024
            yield b"\r\n--b--\r\n"

        r = c.post(
            "/v1/documents",
            content=body(),
            headers={**auth(keys, "reviewer"), "Content-Type": "multipart/form-data; boundary=b"},
        )
        assert error_of(r, 413)["code"] == "too_large"
    assert not any((store / "uploads").iterdir())


def test_settings_round_trip_through_the_environment(monkeypatch, tmp_path):
    s = Settings(
        store=tmp_path,
        max_mb=3.5,
        cors_origins=["https://a.example", "https://b.example"],
        rate_per_minute=0,
        access_log=str(tmp_path / "a.log"),
    )
    for k, v in s.to_env().items():
        monkeypatch.setenv(k, v)
    back = Settings.from_env()
    assert (back.store, back.max_mb, back.cors_origins, back.rate_per_minute, back.access_log) == (
        s.store,
        s.max_mb,
        s.cors_origins,
        0,
        s.access_log,
    )


def test_serve_and_tokens_are_cli_commands():
    import cli

    ap = cli.build_parser()
    a = ap.parse_args(["serve"])
    assert (a.host, a.port, a.workers) == ("127.0.0.1", 8000, 1)
    a = ap.parse_args(
        [
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            "9000",
            "--workers",
            "2",
            "--max-mb",
            "5",
            "--cors-origin",
            "https://x.example",
            "--rate-limit",
            "120",
        ]
    )
    assert (a.port, a.workers, a.max_mb, a.cors_origin, a.rate_limit) == (9000, 2, 5.0, ["https://x.example"], 120)
    with pytest.raises(SystemExit):
        ap.parse_args(["tokens", "add", "x", "--role", "root"])


def test_review_cache_versions_and_a_busy_writer():
    """Exact per store version when no job runs; while one writes, a recent review is served as
    it is and an old one is recomputed by one request while the others get the previous one."""
    from api.cache import VersionedCache

    calls = []

    def compute(tag):
        def f():
            calls.append(tag)
            return tag

        return f

    c = VersionedCache(4, stale_seconds=30)
    assert c.get(("r", "A"), 1, compute("a1")) == (1, "a1")
    assert c.get(("r", "A"), 1, compute("again")) == (1, "a1") and calls == ["a1"]
    assert c.get(("r", "A"), 2, compute("a2")) == (2, "a2")  # new version, no writer: recomputed
    assert c.get(("r", "A"), 3, compute("a3"), writer_busy=True) == (2, "a2")  # writer busy, recent: kept
    c.stale_seconds = 0
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(10)
        return "a4"

    out = {}
    th = threading.Thread(target=lambda: out.setdefault("slow", c.get(("r", "A"), 4, slow, writer_busy=True)))
    th.start()
    assert started.wait(10)
    assert c.get(("r", "A"), 4, compute("other"), writer_busy=True) == (2, "a2")  # the previous one meanwhile
    release.set()
    th.join(10)
    assert out["slow"] == (4, "a4") and c.get(("r", "A"), 4, compute("x")) == (4, "a4")
    assert "other" not in calls


def test_a_bug_is_a_json_500_and_the_connection_lives_on(store, keys, monkeypatch):
    import service as service_mod

    def broken(self, *a, **k):
        raise KeyError("score")

    monkeypatch.setattr(service_mod.Telaah, "timeline", broken)
    with TestClient(make_app(store), raise_server_exceptions=False) as c:
        e = error_of(c.get(f"/v1/timeline/{CITY}", headers=auth(keys)), 500)
        assert e["code"] == "internal" and e["message"].startswith("unexpected error: KeyError")
        assert c.get("/v1/cities", headers=auth(keys)).status_code == 200
