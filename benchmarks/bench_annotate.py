"""Annotation throughput against plain spaCy ``nlp.pipe``, same model, same texts.

The texts: the first ``--articles`` real articles of ``corpus.real()`` (PolNeAR, ECB+,
MEANTIME, the example), cleaned as ``analyze`` cleans them. Plain spaCy is
``spacy.load(model)`` as the package enables it, piped with the same batch size; storydesk's
is ``annotate.annotate``: its own load of the model (components it does not read left out,
paragraph boundaries added), the same pipe, then the entity, quote, date and figure
annotators on every document. CPU time (``time.process_time``), the model loads and a short
warm-up left out; each side runs twice, alternating, and its faster run counts. Printed:
articles per CPU second for both and their ratio (storydesk / plain; 1.00 = as fast as
spaCy alone; the issue asks at least 0.80).

    .venv/bin/python benchmarks/bench_annotate.py [--articles 600]
"""

from __future__ import annotations

import argparse
import copy
import time

import corpus

from storydesk.annotate import annotate
from storydesk.annotate import nlp as nlp_module
from storydesk.options import Options

WARM_UP = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    import spacy

    options = Options.load()
    articles = corpus.cleaned(args.articles + WARM_UP)
    warm, articles = articles[:WARM_UP], articles[WARM_UP:]
    texts = [a.text for a in articles]
    name = nlp_module.model_name(options)
    plain = spacy.load(name)
    nlp_module.load(options)
    for _ in plain.pipe([a.text for a in warm], batch_size=options.batch_size):
        pass
    annotate(copy.deepcopy(warm), options)

    def plain_run() -> float:
        start = time.process_time()
        for _ in plain.pipe(texts, batch_size=options.batch_size):
            pass
        return time.process_time() - start

    def ours_run() -> float:
        fresh = copy.deepcopy(articles)
        start = time.process_time()
        annotate(fresh, options)
        return time.process_time() - start

    plain_seconds, ours_seconds = [], []
    for _ in range(2):
        plain_seconds.append(plain_run())
        ours_seconds.append(ours_run())
    plain_rate = len(texts) / min(plain_seconds)
    ours_rate = len(texts) / min(ours_seconds)
    words = sum(len(t.split()) for t in texts)
    print(f"annotation throughput: {len(texts)} real articles ({words:,} words), model {name}")
    print(f"  plain spaCy nlp.pipe ({', '.join(plain.pipe_names)}): "
          f"{plain_rate:7.2f} articles per CPU second")
    print(f"  storydesk annotate:  {ours_rate:7.2f} articles per CPU second")
    print(f"  ratio storydesk / plain spaCy: {ours_rate / plain_rate:.2f} (at least 0.80 asked)")


if __name__ == "__main__":
    main()
