"""Who says so: whether an event told in someone's words is reported, and by whom, on PolNeAR.

PolNeAR marks every attribution of its political news articles: a content span, its source and its cue.
An event whose trigger lies inside a gold content is *attributed*; the issue asks that it be reported
(modality ``reported``, or the content's own ``future`` or ``hypothetical``, with ``source`` the quote that
reports it). Over our events on the PolNeAR texts (``dev`` is PolNeAR ``train/``, ``test`` its ``dev/``, as
for the quotes evaluation):

- **attributed**: precision and recall of "we say someone reports it" (a source quote, or modality
  ``reported``) against "its trigger is inside a gold content";
- **source right**: among gold-attributed events whose (innermost) attribution has a source, the share whose
  source quote's speaker shares a word with it; an event with no source quote counts as wrong.

PolNeAR's contents never nest (as read, one annotator per text), so the chain of reporting ("the experts
said, according to EuropePress") is not scored here; the quotes tests check ``via``.

``--errors FILE`` lists each wrong event with its sentence.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.evaluate.common import PRF, Report, errors_main, extract_each, share
from newsledger.evaluate.quotes import Attribution, Frags, GoldDoc, _words, read_polnear
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord, Event, Quote


def _inside(offset: int, frags: Frags) -> bool:
    return any(s <= offset < e for s, e in frags)


def _size(frags: Frags) -> int:
    return sum(e - s for s, e in frags)


def attributions_around(offset: int, gold: Sequence[Attribution]) -> list[Attribution]:
    """The gold attributions whose content holds the offset, innermost first."""
    return sorted((a for a in gold if _inside(offset, a.content)), key=lambda a: _size(a.content))


def speaker_frags(quote: Quote) -> Frags:
    """Our quote's source as spans: its speaker's mention at the cue and the entity it was resolved to."""
    spans = [quote.speaker_mention, (quote.speaker.start, quote.speaker.end) if quote.speaker else None]
    return tuple(s for s in spans if s is not None)


@dataclass
class Scores:
    events: int = 0
    attributed: PRF = field(default_factory=PRF)
    source_right: int = 0
    source_total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: GoldDoc, record: ArticleRecord) -> None:
        text = gold.text
        quotes = {q.id: q for q in record.quotes}
        for event in record.events:
            self.events += 1
            around = attributions_around(event.trigger[0], gold.attributions)
            quote = quotes.get(event.source) if event.source else None
            ours = quote is not None or event.modality == "reported"
            self.attributed.add(tp=int(ours and bool(around)), fp=int(ours and not around),
                                fn=int(bool(around) and not ours))
            if bool(around) != ours:
                self.errors.append(f"{'MISSED' if around else 'FALSE'} attribution: {_sentence(text, event)}")
            if not around:
                continue
            inner = around[0]
            if inner.source:
                self.source_total += 1
                right = quote is not None and bool(_words(text, inner.source) & _words(text, speaker_frags(quote)))
                self.source_right += right
                if not right:
                    said = quote.speaker.text if quote is not None and quote.speaker is not None else None
                    gold_source = " ".join(text[s:e] for s, e in inner.source)
                    self.errors.append(f"SOURCE ours {said!r} gold {gold_source!r}: {_sentence(text, event)}")

    def lines(self, name: str) -> list[str]:
        return [
            f"{name}: {self.events} events",
            self.attributed.row("  attributed (told in someone's words)"),
            f"  source right   {share(self.source_right, self.source_total)}",
        ]

    def metrics(self) -> dict[str, float]:
        return {
            "sources.attributed_precision": self.attributed.precision,
            "sources.attributed_recall": self.attributed.recall,
            "sources.source_right": self.source_right / self.source_total if self.source_total else 0.0,
        }


def _sentence(text: str, event: Event) -> str:
    s, e = event.trigger
    left = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, s - 200, 0)
    right = min(i for i in (text.find(". ", e), text.find("\n", e), e + 200, len(text)) if i >= 0)
    return f"{text[left:s]}[[{text[s:e]}]]{text[e:right]}".replace("\n", " ")


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, errors: list[str] | None = None) -> Report:
    """Score our events' attribution on PolNeAR (``path``: the PolNeAR folder or the shared data root)."""
    pipeline = pipeline if pipeline is not None else Pipeline()
    golds = list(read_polnear(path, split, limit))
    articles = [Article(id=g.id, text=g.text, source=g.id) for g in golds]
    scores = Scores()
    for gold, record in extract_each(pipeline, golds, articles, lambda _, f: f"FAILED {f.source}: {f.message}",
                                     scores.errors):
        scores.add(gold, record)
    report = Report(f"Who says so: events told in someone's words, against PolNeAR attributions, split {split}")
    report.lines.extend(scores.lines(f"PolNeAR ({len(golds)} documents)"))
    report.metrics.update(scores.metrics())
    if errors is not None:
        errors.extend(scores.errors)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    return errors_main(evaluate, __doc__.splitlines()[0] if __doc__ else "", None, argv,
                       "write each wrong event here")


if __name__ == "__main__":
    sys.exit(main())
