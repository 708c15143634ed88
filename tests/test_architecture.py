"""The shape of the code: layers that only point down, front ends that only call the service
layer, no private names imported across modules (README, "Architecture")."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "ingest", "nlp", "index", "review", "service", "ui", "api")
FRONT_ENDS = ("cli.py", "app.py")
LOWER = {"ingest", "nlp", "index", "review"}


def project_files() -> list[Path]:
    files = [ROOT / f for f in FRONT_ENDS]
    for p in PACKAGES:
        files += sorted((ROOT / p).rglob("*.py"))
    return files


def imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, imported names, line) of every import in the file, function-local ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    pkg = path.relative_to(ROOT).parts[0] if path.parent != ROOT else ""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:  # relative: inside the file's own package
                mod = ".".join(path.relative_to(ROOT).with_suffix("").parts[: -node.level] + ((mod,) if mod else ()))
            out.append((mod or pkg, [a.name for a in node.names], node.lineno))
    return out


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    r = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "broken" in r.stdout and " 0 broken" in r.stdout


def test_front_ends_call_only_the_service_layer():
    bad = []
    for f in FRONT_ENDS:
        for mod, _names, line in imports(ROOT / f):
            if mod.split(".")[0] in LOWER:
                bad.append(f"{f}:{line}: imports {mod}")
    assert not bad, "\n".join(bad)


def test_no_private_names_imported_across_modules():
    bad = []
    for path in project_files():
        here = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for mod, names, line in imports(path):
            if mod.split(".")[0] not in PACKAGES + ("cli", "app") or mod == here:
                continue
            bad += [
                f"{path.relative_to(ROOT)}:{line}: from {mod} import {n}"
                for n in names
                if n.startswith("_") and not n.startswith("__")
            ]
    assert not bad, "\n".join(bad)


def test_the_bottom_layer_imports_nothing_of_the_project():
    bad = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for mod, _names, line in imports(path):
            top = mod.split(".")[0]
            if top in PACKAGES and top != "core":
                bad.append(f"{path.relative_to(ROOT)}:{line}: imports {mod}")
    assert not bad, "\n".join(bad)
