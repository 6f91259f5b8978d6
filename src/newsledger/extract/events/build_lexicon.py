"""Derive ``petrarch_verbs.tsv`` from PETRARCH2's CAMEO verb dictionary and the CAMEO-to-PLOVER table.

    python -m newsledger.extract.events.build_lexicon [EVENTS_DIR]

EVENTS_DIR (default ``shared/data/events``) holds ``petrarch2-dictionaries/CAMEO.2.0.txt`` (MIT)
and ``plover/CAMEO2PLOVER-2021.txt``; both are read in place. Each verb block of the dictionary
lists synonyms that share patterns; a pattern ``- * OBJECT [code]`` becomes a row conditioned on
the object (``obj=``), a verb's own code ``VERB [code]`` an unconditioned row. Patterns that
constrain the subject, and codes with no PLOVER type (01x statements), are left out. By default
only the unconditioned rows are written: a pattern belongs to a whole synonym block ("attack"
shares a block with dozens of verbs), and with them the file grew to 2 MB and lost precision on
the dev split; ``--with-patterns`` writes them too. The hand
lexicon (``triggers.tsv``) wins for every word it lists; this file only widens coverage.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from newsledger.evaluate.common import shared_data_dir

OUTPUT = Path(__file__).with_name("petrarch_verbs.tsv")
DICTIONARY = "petrarch2-dictionaries/CAMEO.2.0.txt"
TABLE = "plover/CAMEO2PLOVER-2021.txt"
FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "to", "for", "in", "on", "with", "by", "from", "against",
                            "and", "or", "at", "into", "over", "as", "that", "this", "its", "their", "his", "her"})
# Verbs too common in news to stand alone as events, whatever their CAMEO default.
TOO_COMMON = frozenset({"say", "tell", "go", "get", "make", "take", "give", "come", "see", "put", "set", "have",
                        "be", "do", "hold", "keep", "bring", "find", "show", "leave", "turn", "run", "move", "work",
                        "use", "play", "pay", "help", "join", "continue", "begin", "start", "call", "ask", "open",
                        "close", "send", "receive", "meet", "follow", "lead", "express", "hope", "want", "need",
                        "expect", "plan", "consider", "decide", "remain", "stay", "return", "visit", "support",
                        "offer", "accept", "report", "add", "announce", "note", "claim"})


def plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {"02": ("REQUEST", None)}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            mode = m.group(3).strip() or None
            table[m.group(1)] = (m.group(2), mode)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _synsets(lines: Iterable[str]) -> dict[str, set[str]]:
    sets: dict[str, set[str]] = defaultdict(set)
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line.rstrip("_")
        elif line and current is not None:
            word = line.lstrip("+").split("{", 1)[0].strip().split("_")[-1].lower()
            if word.isalpha():
                sets[current].add(word)
    return sets


def _pattern_words(pattern: str, synsets: dict[str, set[str]]) -> set[str]:
    words: set[str] = set()
    for token in re.findall(r"&[A-Z_]+|[A-Za-z][A-Za-z'-]*", pattern):
        if token.startswith("&"):
            words |= synsets.get(token.rstrip("_"), set())
        elif token.lower() not in FUNCTION_WORDS:
            words.add(token.lower())
    return words


def build(events_dir: Path, with_patterns: bool = False) -> list[str]:
    table = plover_table(events_dir / TABLE)
    lines = (events_dir / DICTIONARY).read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = _synsets(lines)
    rows: dict[tuple[str, str, str], set[str] | None] = {}
    verbs: list[str] = []
    block_code: str | None = None
    in_patterns = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns or not line.strip():
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if header:
            verbs, block_code = [], header.group(2).strip()
            continue
        if line.startswith("-"):
            if not with_patterns:
                continue
            m = re.match(r"^-\s*(.*?)\*(.*?)\[([0-9]+)[^\]]*\]", line)
            if not m or m.group(1).strip():
                continue  # no code, or a subject constraint we cannot check
            mapped = plover_of(m.group(3), table)
            words = _pattern_words(m.group(2), synsets)
            if mapped is None or not words:
                continue
            for verb in verbs:
                key = (verb, mapped[0], mapped[1] or "-")
                current = rows.get(key, set())
                if current is not None:
                    rows[key] = current | words
            continue
        m = re.match(r"^\+?([A-Z][A-Z'-]*)(?:_[A-Z_]+)?\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)[^\]]*\])?", line.strip())
        if not m or "_" in line.split("{", 1)[0].split("[", 1)[0].strip().lstrip("+"):
            continue
        verb = m.group(1).lower()
        verbs.append(verb)
        code = m.group(2) or (block_code if block_code and block_code != "---" else None)
        if code and verb not in TOO_COMMON:
            mapped = plover_of(code, table)
            if mapped is not None:
                rows[(verb, mapped[0], mapped[1] or "-")] = None
    out = ["# Derived by newsledger.extract.events.build_lexicon from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event",
           "# Data Alliance) and the CAMEO-to-PLOVER table (CC BY-SA 4.0). Do not edit: rebuild."]
    for (verb, type_, mode), objects in sorted(rows.items()):
        condition = "" if objects is None else "\tobj=" + "|".join(sorted(objects))
        out.append(f"{verb}\tV\t{type_}\t{mode}{condition}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("events_dir", nargs="?", type=Path, default=shared_data_dir() / "events")
    parser.add_argument("--with-patterns", action="store_true", help="also write object-conditioned rows")
    args = parser.parse_args(argv)
    rows = build(args.events_dir, args.with_patterns)
    OUTPUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 2} rows to {OUTPUT}")


if __name__ == "__main__":
    main()
