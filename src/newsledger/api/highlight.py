"""An article's text cut into flat segments, each listing the records whose spans cover it.

Spans overlap (an entity inside a quote inside a sentence with an event), so instead of nesting
markup the text is cut at every span boundary; each piece carries the kinds and record ids that
cover it. The template renders each piece as one element, escaped like any other text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

KINDS = ("entity", "time", "place", "quote", "event")


@dataclass
class Segment:
    text: str
    refs: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    href: str | None = None
    label: str = ""


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None


def _parties_text(event: dict[str, Any], field: str) -> str | None:
    """"Russia and China": an event's actor (or target) with the parties coordinated with it."""
    refs = [event.get(field) or {}, *event.get(f"co_{field}s", ())]
    return " and ".join(r["text"] for r in refs if r.get("text")) or None


def annotate(record: dict[str, Any]) -> tuple[list[tuple[int, int, str]], dict[str, dict[str, Any]]]:
    """(start, end, ref) of every highlighted span, and a summary of each record keyed by ref."""
    spans: list[tuple[int, int, str]] = []
    refs: dict[str, dict[str, Any]] = {}
    article_id = record["id"]
    for e in record.get("entities", []):
        ref = f"entity-{e['id']}"
        refs[ref] = {"kind": "entity", "label": f"{e['type']}: {e['name']}", "name": e["name"], "type": e["type"],
                     "href": f"/entities/{quote(e['name'], safe='')}"}
        spans += [(s, end, ref) for s, end in e["mentions"]]
    for i, t in enumerate(record.get("times", [])):
        ref = f"time-{i}"
        refs[ref] = {"kind": "time", "label": f"{t['type']} {t['value']}", "value": t["value"], "type": t["type"]}
        spans.append((t["start"], t["end"], ref))
    for i, p in enumerate(record.get("places", [])):
        ref = f"place-{i}"
        where = ", ".join(str(v) for v in (p.get("name"), p.get("country")) if v)
        refs[ref] = {"kind": "place", "label": f"place: {where}", "name": p.get("name"), "country": p.get("country"),
                     "lat": p.get("lat"), "lon": p.get("lon"), "geonameid": p.get("geonameid")}
        spans.append((p["start"], p["end"], ref))
    for q in record.get("quotes", []):
        ref = f"quote-{q['id']}"
        speaker = (q.get("speaker") or {}).get("text")
        via = [v.get("text") for v in q.get("via", []) if v.get("text")]
        label = f"{q['kind']} quote of {speaker or 'an unknown speaker'}"
        if via:
            label += " via " + ", ".join(via)
        refs[ref] = {"kind": "quote", "label": label, "speaker": speaker, "via": via, "quote_kind": q["kind"],
                     "href": f"/speakers/{quote(speaker, safe='')}" if speaker else None}
        content = _span(q.get("content"))
        if content:
            spans.append((content[0], content[1], ref))
    for v in record.get("events", []):
        ref = f"event-{v['id']}"
        actor = _parties_text(v, "actor")
        target = _parties_text(v, "target")
        parts = [v["type"] + (f" ({v['mode']})" if v.get("mode") else "")]
        if actor:
            parts.append(f"by {actor}")
        if target:
            parts.append(f"on {target}")
        if v.get("negated"):
            parts.append("(negated)")
        parts.append(f"[{v['modality']}]")
        refs[ref] = {"kind": "event", "label": "event " + " ".join(parts), "type": v["type"],
                     "modality": v["modality"], "href": f"/events/{quote(article_id, safe='')}:{v['id']}"}
        trigger = _span(v.get("trigger"))
        if trigger:
            spans.append((trigger[0], trigger[1], ref))
    return spans, refs


def segments(record: dict[str, Any]) -> tuple[list[Segment], dict[str, dict[str, Any]]]:
    """The article text as segments covering it exactly once, in order."""
    text: str = record["text"]
    spans, refs = annotate(record)
    spans = [(max(0, s), min(len(text), e), r) for s, e, r in spans if 0 <= s < e]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [r for s, e, r in spans if s <= a and e >= b]
        if not covering:
            out.append(Segment(text[a:b]))
            continue
        kinds = sorted({refs[r]["kind"] for r in covering}, key=KINDS.index)
        # The most specific record is the one to click through to: an event, then an entity, then a quote.
        href = next((refs[r].get("href") for kind in ("event", "entity", "quote") for r in covering
                     if refs[r]["kind"] == kind and refs[r].get("href")), None)
        label = "; ".join(refs[r]["label"] for r in covering)
        out.append(Segment(text[a:b], covering, kinds, href, label))
    return out, refs
