"""Near-duplicate (syndicated copy) detection on real articles with copies made as syndication does.

The corpus: the PolNeAR article texts (``attribution/polnear/*/text``). A seeded third of them get a
copy perturbed the way syndication perturbs: a new headline, one to three paragraphs cut, a
boilerplate line added, a few words changed. Each copy's original is the gold answer. The detector
is the ledger's own (``crossdoc.dedup``: MinHash LSH candidates, then containment verification),
fed the articles in a shuffled order; a pair counts when the later article is found to be a copy
of the earlier. Pairs among the untouched originals (real wire copies in PolNeAR) are counted as
errors too, and listed, since the gold does not know them.

``--scale N`` also times the detector over N articles (originals and perturbed copies recycled).
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from pathlib import Path

from newsledger.crossdoc import dedup
from newsledger.evaluate.common import PRF, Report, in_split, require, shared_data_dir
from newsledger.pipeline import Pipeline

BOILERPLATE = (
    "Subscribe to our newsletter for the latest updates.",
    "This article was originally published by a news agency and is republished with permission.",
    "Follow us on social media for breaking news.",
    "Copyright 2016. All rights reserved.",
)
SWAPS = {"said": "stated", "told": "informed", "Tuesday": "Wednesday", "percent": "per cent", "the": "this"}


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    original: str | None = None  # the gold original of a copy


def perturb(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > 3:
        for _ in range(rng.randint(1, min(3, len(paragraphs) // 3))):
            paragraphs.pop(rng.randrange(1, len(paragraphs)))
    words = " ".join(paragraphs).split(" ")
    for i in rng.sample(range(len(words)), k=min(5, len(words))):
        words[i] = SWAPS.get(words[i], words[i])
    headline = "Breaking: " + " ".join(paragraphs[0].split()[:8])
    return "\n\n".join([headline, " ".join(words), rng.choice(BOILERPLATE)])


def build_corpus(folder: Path, split: str, seed: int = 13) -> list[Doc]:
    texts = sorted(folder.glob("*/text/*.txt"))
    if not texts:
        raise FileNotFoundError(f"no PolNeAR texts under {folder}")
    rng = random.Random(seed)
    docs = [Doc(p.stem, p.read_text(encoding="utf-8")) for p in texts if in_split(p.stem, split)]
    copies = [Doc(f"{d.id}~copy", perturb(d.text, rng), d.id) for d in docs if rng.random() < 1 / 3]
    corpus = docs + copies
    rng.shuffle(corpus)
    return corpus


def detect(corpus: list[Doc]) -> list[tuple[str, str, float]]:
    """(copy, original, containment) for every article found to copy an earlier one, in order."""
    index = dedup.NearDuplicateIndex()
    shingle_sets: list[dedup.Shingles] = []
    found = []
    for n, doc in enumerate(corpus):
        shingles = dedup.shingles(doc.text)
        sig = dedup.signature(shingles)
        best = dedup.best_original(shingles, ((c, shingle_sets[c]) for c in index.candidates(sig)))
        if best is not None:
            found.append((doc.id, corpus[best[0]].id, best[1]))
        index.add(n, sig)
        shingle_sets.append(shingles)
    return found


def evaluate(path: Path | None = None, *, split: str = "all", limit: int | None = None,
             pipeline: Pipeline | None = None, scale: int | None = None) -> Report:
    folder = require(path or shared_data_dir() / "attribution" / "polnear", "PolNeAR folder")
    corpus = build_corpus(folder, split)[:limit]
    started = time.perf_counter()
    found = detect(corpus)
    seconds = time.perf_counter() - started
    by_id = {d.id: d for d in corpus}
    gold = {frozenset((d.id, d.original)) for d in corpus if d.original and d.original in by_id}
    predicted = {frozenset((a, b)) for a, b, _ in found}
    score = PRF(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))
    report = Report(f"Syndicated-copy detection on PolNeAR texts with perturbed copies, split={split}: "
                    f"{len(corpus)} articles, {len(gold)} gold copy pairs")
    report.lines.append(score.row("copy pairs"))
    report.lines.append(f"detector time: {seconds:.2f} s ({len(corpus) / seconds:.0f} articles/s)")
    unknown = sorted(tuple(sorted(p)) for p in predicted - gold if not any("~copy" in x for x in p))
    if unknown:
        report.lines.append(f"pairs among originals (real republished copies in PolNeAR, counted as errors): "
                            f"{len(unknown)}")
        report.lines += [f"  {a} ~ {b}" for a, b in unknown[:10]]
    report.metrics.update(precision=score.precision, recall=score.recall, f1=score.f1)
    if scale:
        report.lines.append(_scale(corpus, scale))
    return report


def _scale(corpus: list[Doc], n: int) -> str:
    """A synthetic stream of ``n`` articles: new ones mix 12 real sentences, one in ten is a copy."""
    rng = random.Random(7)
    sentences = [s for d in corpus for s in d.text.replace("\n", " ").split(". ") if len(s) > 40]
    docs: list[Doc] = []
    for i in range(n):
        if docs and rng.random() < 0.1:
            original = rng.choice(docs)
            docs.append(Doc(f"s{i}", perturb(original.text, rng), original.id))
        else:
            paragraphs = [". ".join(rng.sample(sentences, 3)) + "." for _ in range(4)]
            docs.append(Doc(f"s{i}", "\n\n".join(paragraphs)))
    started = time.perf_counter()
    found = detect(docs)
    seconds = time.perf_counter() - started
    gold = sum(1 for d in docs if d.original)
    return (f"scale: {n} articles in {seconds:.1f} s wall ({n / seconds:.0f} articles/s); "
            f"{len(found)} copies found, {gold} made")


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--split", default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--scale", type=int)
    args = parser.parse_args()
    print(evaluate(args.path, split=args.split, limit=args.limit, scale=args.scale).format())


if __name__ == "__main__":
    _main()
