"""Layers: no import cycle between veille's modules (``kb/`` builds the gazetteer index,
``resolve/`` reads it, never the other way round), and language words only in lang/."""
from __future__ import annotations

import ast
import pathlib

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"


def import_graph() -> dict[str, set[str]]:
    """module -> the veille modules it imports (at any depth of its code). A package's
    ``__init__`` is left out of the edges of its own submodules (it re-exports them)."""
    mods = {}
    for p in (SRC / "veille").rglob("*.py"):
        if "migrations" in p.parts:
            continue
        parts = p.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = p
    graph = {}
    for name, p in mods.items():
        is_pkg = p.name == "__init__.py"
        deps = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                    pkg = pkg[:len(pkg) - node.level + 1]
                    base = ".".join(pkg + ([node.module] if node.module else []))
                subs = {f"{base}.{a.name}" for a in node.names} & set(mods)
                deps |= subs or {base}
        graph[name] = {d for d in deps if d in mods and d != name and not name.startswith(d + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_kb_builds_and_resolve_reads():
    graph = import_graph()
    assert "veille.kb.build_gazetteer" in graph["veille.resolve.gazetteer"]
    assert not any(d.startswith("veille.resolve") for d in graph["veille.kb.build_gazetteer"])
    # the names module is the bottom layer: the gazetteer, the index builder, the registries
    assert "veille.names" in graph["veille.kb.build_gazetteer"] and "veille.names" in graph["veille.nlp.registry"]
    assert not any(d.startswith(("veille.nlp", "veille.resolve", "veille.kb", "veille.store"))
                   for d in graph["veille.names"])
