"""The reviewer's workspace in the store: one review record per city and masterplan version
(status draft / sent, the letter draft), the reviewer's decisions on gaps (agree / disagree /
note) and on passage labels (accept / reject / add: one decision per label, a new decision
replaces the old one), free-text feedback per dimension and overall, and an audit row for every
change (who, when, what).

The tables are created here (CREATE TABLE IF NOT EXISTS) on the store's connection, so a store
made before this module gains them when first used; nothing else in the schema changes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from core.errors import TelaahError
from core.words import UI, word

from .store import Store, now

SCHEMA = """
CREATE TABLE IF NOT EXISTS ws_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city TEXT NOT NULL,
    masterplan_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    letter TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    UNIQUE (city, masterplan_id)
);
CREATE TABLE IF NOT EXISTS ws_gap_decisions (
    review_id INTEGER NOT NULL REFERENCES ws_reviews(id) ON DELETE CASCADE,
    gap_key TEXT NOT NULL,
    decision TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    gap_json TEXT NOT NULL DEFAULT '{}',
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (review_id, gap_key)
);
CREATE TABLE IF NOT EXISTS ws_label_decisions (
    review_id INTEGER NOT NULL REFERENCES ws_reviews(id) ON DELETE CASCADE,
    passage_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    action TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    page INTEGER,
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (review_id, passage_id, kind, label)
);
CREATE TABLE IF NOT EXISTS ws_feedback (
    review_id INTEGER NOT NULL REFERENCES ws_reviews(id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    text TEXT NOT NULL,
    user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (review_id, scope)
);
CREATE TABLE IF NOT EXISTS ws_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id INTEGER NOT NULL,
    what TEXT NOT NULL,
    key TEXT,
    value TEXT,
    user TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ws_audit_review ON ws_audit(review_id);
"""

STATUSES = ("draft", "sent")
GAP_DECISIONS = ("agree", "disagree", "note")
LABEL_ACTIONS = ("accept", "reject", "add")
LABEL_KINDS = ("dimension", "element", "issue")
MAX_TEXT = 20000


class WorkspaceError(TelaahError):
    """A workspace change the reviewer can fix (no name, unknown decision, empty note); `key`
    names its words in core.words.UI (`ws_<key>`), so each front end says it in its language."""

    code = "workspace"

    def __init__(self, key: str, lang: str = "en"):
        self.key = key
        super().__init__(word(UI, f"ws_{key}", lang))


class Workspace:
    """The workspace tables on one store's connection."""

    def __init__(self, store: Store):
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        self.conn.executescript(SCHEMA)

    # -- records --------------------------------------------------------------------------------
    def record_id(self, city: str, masterplan_id: str, *, create: bool = True) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM ws_reviews WHERE city = ? AND masterplan_id = ?", (city, masterplan_id)
        ).fetchone()
        if row is not None or not create:
            return None if row is None else int(row[0])
        at = now()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO ws_reviews(city, masterplan_id, status, created_at, updated_at) VALUES (?,?,?,?,?)",
            (city, masterplan_id, "draft", at, at),
        )
        if cur.lastrowid and cur.rowcount:
            return int(cur.lastrowid)
        return self.record_id(city, masterplan_id, create=False)

    def records(self, city: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM ws_reviews WHERE city = ? ORDER BY id", (city,))]

    def load(self, review_id: int) -> dict[str, Any]:
        """The record with its decisions, feedback and audit rows (plain dicts)."""
        c = self.conn
        rec = c.execute("SELECT * FROM ws_reviews WHERE id = ?", (review_id,)).fetchone()
        if rec is None:
            raise WorkspaceError(f"no review record {review_id}")
        gaps = [
            dict(r) | {"gap": json.loads(r["gap_json"] or "{}")}
            for r in c.execute("SELECT * FROM ws_gap_decisions WHERE review_id = ? ORDER BY at", (review_id,))
        ]
        for g in gaps:
            g.pop("gap_json", None)
        labels = [
            dict(r)
            for r in c.execute(
                "SELECT * FROM ws_label_decisions WHERE review_id = ? ORDER BY passage_id, kind, label", (review_id,)
            )
        ]
        fb = {r["scope"]: dict(r) for r in c.execute("SELECT * FROM ws_feedback WHERE review_id = ?", (review_id,))}
        audit = [dict(r) for r in c.execute("SELECT * FROM ws_audit WHERE review_id = ? ORDER BY id", (review_id,))]
        return {"record": dict(rec), "gaps": gaps, "labels": labels, "feedback": fb, "audit": audit}

    # -- changes (each one audited) -----------------------------------------------------------------
    def _user(self, user: str) -> str:
        user = (user or "").strip()[:80]
        if not user:
            raise WorkspaceError("reviewer_needed")
        return user

    def _audit(self, review_id: int, what: str, key: str | None, value: Any, user: str, at: str) -> None:
        self.conn.execute(
            "INSERT INTO ws_audit(review_id, what, key, value, user, at) VALUES (?,?,?,?,?,?)",
            (review_id, what, key, json.dumps(value, ensure_ascii=False), user, at),
        )
        self.conn.execute("UPDATE ws_reviews SET updated_at = ?, updated_by = ? WHERE id = ?", (at, user, review_id))

    def set_status(self, review_id: int, status: str, user: str) -> bool:
        if status not in STATUSES:
            raise WorkspaceError("bad_status")
        user, at = self._user(user), now()
        old = self.conn.execute("SELECT status FROM ws_reviews WHERE id = ?", (review_id,)).fetchone()
        if old is not None and old[0] == status:
            return False
        self.conn.execute("UPDATE ws_reviews SET status = ? WHERE id = ?", (status, review_id))
        self._audit(review_id, "status", None, status, user, at)
        return True

    def set_letter(self, review_id: int, text: str | None, user: str) -> bool:
        user, at = self._user(user), now()
        text = None if text is None else str(text)[: MAX_TEXT * 3]
        old = self.conn.execute("SELECT letter FROM ws_reviews WHERE id = ?", (review_id,)).fetchone()
        if old is not None and old[0] == text:
            return False
        self.conn.execute("UPDATE ws_reviews SET letter = ? WHERE id = ?", (text, review_id))
        self._audit(review_id, "letter", None, None if text is None else len(text), user, at)
        return True

    def decide_gap(
        self, review_id: int, gap_key: str, decision: str, note: str, user: str, gap: dict | None = None
    ) -> bool:
        """One decision per gap; the same decision and note again changes nothing (False)."""
        if decision not in GAP_DECISIONS:
            raise WorkspaceError("bad_decision")
        note = (note or "").strip()[:MAX_TEXT]
        if decision == "note" and not note:
            raise WorkspaceError("note_needed")
        user, at = self._user(user), now()
        old = self.conn.execute(
            "SELECT decision, note FROM ws_gap_decisions WHERE review_id = ? AND gap_key = ?", (review_id, gap_key)
        ).fetchone()
        if old is not None and (old[0], old[1]) == (decision, note):
            return False
        self.conn.execute(
            "INSERT INTO ws_gap_decisions(review_id, gap_key, decision, note, gap_json, user, at) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(review_id, gap_key) DO UPDATE SET "
            "decision = excluded.decision, note = excluded.note, gap_json = excluded.gap_json, "
            "user = excluded.user, at = excluded.at",
            (review_id, gap_key, decision, note, json.dumps(gap or {}, ensure_ascii=False), user, at),
        )
        self._audit(review_id, "gap", gap_key, {"decision": decision, "note": note}, user, at)
        return True

    def clear_gap(self, review_id: int, gap_key: str, user: str) -> bool:
        user, at = self._user(user), now()
        cur = self.conn.execute(
            "DELETE FROM ws_gap_decisions WHERE review_id = ? AND gap_key = ?", (review_id, gap_key)
        )
        if cur.rowcount:
            self._audit(review_id, "gap", gap_key, None, user, at)
        return bool(cur.rowcount)

    def decide_label(
        self,
        review_id: int,
        passage_id: int,
        kind: str,
        label: str,
        action: str,
        note: str,
        user: str,
        page: int | None = None,
    ) -> bool:
        """One decision per (passage, label): accepting a label replaces its rejection."""
        if action not in LABEL_ACTIONS:
            raise WorkspaceError("bad_decision")
        if kind not in LABEL_KINDS or not label:
            raise WorkspaceError("label_needed")
        note = (note or "").strip()[:MAX_TEXT]
        user, at = self._user(user), now()
        old = self.conn.execute(
            "SELECT action, note FROM ws_label_decisions WHERE review_id = ? AND passage_id = ? "
            "AND kind = ? AND label = ?",
            (review_id, passage_id, kind, label),
        ).fetchone()
        if old is not None and (old[0], old[1]) == (action, note):
            return False
        self.conn.execute(
            "INSERT INTO ws_label_decisions(review_id, passage_id, kind, label, action, note, page, "
            "user, at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(review_id, passage_id, kind, label) DO "
            "UPDATE SET action = excluded.action, note = excluded.note, page = excluded.page, "
            "user = excluded.user, at = excluded.at",
            (review_id, passage_id, kind, label, action, note, page, user, at),
        )
        self._audit(review_id, "label", f"{passage_id}:{kind}:{label}", {"action": action, "note": note}, user, at)
        return True

    def set_feedback(self, review_id: int, scope: str, text: str, user: str) -> bool:
        """Feedback `scope` = "overall" or a dimension id; empty text removes it."""
        text = (text or "").strip()[:MAX_TEXT]
        user, at = self._user(user), now()
        old = self.conn.execute(
            "SELECT text FROM ws_feedback WHERE review_id = ? AND scope = ?", (review_id, scope)
        ).fetchone()
        if (old[0] if old else "") == text:
            return False
        if text:
            self.conn.execute(
                "INSERT INTO ws_feedback(review_id, scope, text, user, at) VALUES (?,?,?,?,?) "
                "ON CONFLICT(review_id, scope) DO UPDATE SET text = excluded.text, "
                "user = excluded.user, at = excluded.at",
                (review_id, scope, text, user, at),
            )
        else:
            self.conn.execute("DELETE FROM ws_feedback WHERE review_id = ? AND scope = ?", (review_id, scope))
        self._audit(review_id, "feedback", scope, text, user, at)
        return True
