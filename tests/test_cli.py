"""The command line: outputs, exit codes, and one-line errors (never a traceback)."""
import json
import subprocess
import sys

import pytest

from veille.cli import main

TEXT = ("Au moins huit civils ont été tués mardi dans une attaque contre le village de Mbau, "
        "selon la société civile.\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "veille.cli", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    (d / "ok.txt").write_text(TEXT)
    (d / "empty.txt").write_text("")
    (d / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    return d


def test_single_file_prints_one_record(files, capsys):
    assert main(["extract", str(files / "ok.txt"), "--published", "2024-06-11"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["format"] == "veille.article/1" and rec["article"]["id"] == "ok"
    assert rec["figures"][0]["best"] == 8 and rec["figures"][0]["kind"] == "killed"


def test_bad_inputs_fail_alone_with_exit_1(files, tmp_path):
    out = tmp_path / "out"
    res = run("extract", str(files / "ok.txt"), str(files / "empty.txt"), str(files / "bin.txt"),
              str(files / "missing.txt"), "--out", str(out), "--no-progress")
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("veille:") and "WARNING" not in ln]
    assert len(lines) == 3
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    assert any("bin.txt" in ln and "binary" in ln for ln in lines)
    assert any("missing.txt" in ln and "no such file" in ln for ln in lines)
    assert [p.name for p in out.iterdir()] == ["ok.json"]


def test_jsonl_on_stdout_from_stdin():
    rows = "\n".join(json.dumps({"id": f"n{i}", "text": TEXT, "published": "2024-06-11"}) for i in range(3))
    res = run("extract", "-", "--jsonl", "--no-progress", stdin=rows)
    assert res.returncode == 0, res.stderr
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["article"]["id"] for r in recs] == ["n0", "n1", "n2"]


def test_usage_errors_exit_2(files):
    assert main(["extract"]) == 2
    assert main(["extract", str(files / "ok.txt"), "--published", "mardi"]) == 2
    assert main(["frobnicate"]) == 2


def test_help_teaches_with_examples():
    res = run("extract", "--help")
    assert res.returncode == 0
    assert "examples:" in res.stdout and "--published" in res.stdout and "exit status" in res.stdout


def test_bundled_example(capsys):
    assert main(["extract", "--example"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert any(p["name"] == "Goma" for p in rec["places"])
    assert any(q["speaker"] for q in rec["quotes"])
