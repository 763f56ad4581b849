"""ISO 18626 messages parsed and validated per second, and built (validated) per second.

Input: the messages illdesk itself sends in a full loan (request, two supplying agency
messages, two requesting agency messages, a confirmation) plus every modrs corpus sample,
in a loop.  The baseline, measured in the same run on the same bytes, is bare lxml:
``etree.fromstring`` plus ``XMLSchema.validate`` and nothing else - so the ratio is the
share of raw parse-and-validate speed left after safety checks, tolerant reading and
building the dataclasses.  Building is compared with ``etree.tostring`` + validate of
the same, already built, element trees.

Baseline and ours are timed in turns (base, ours, base, ours, ...) and the best of each
kept: on a machine shared with other work, timing one after the other let a change of
load between the two halves move the ratio by half.  Each turn is timed in this process's
CPU time (``cpu_timed``): parsing and building bytes in memory is single-threaded work, so
that is its wall time on an idle machine, and the time the scheduler gives other work on
a shared machine no longer moves the ratio (0.20-0.33 from run to run at load 3).

Where the time goes (December 2026, 20 bodies; CPU time in units of the baseline's
parse+validate, each part timed alone in one process, best of 7; and - steadier on a
loaded machine - instructions counted by ``valgrind --tool=callgrind`` for 10 rounds,
measured on the first attempt; the reader has not changed since):

=============================================  ===========  ==================
part                                           CPU time     instructions
=============================================  ===========  ==================
raw ``fromstring`` / + ``validate`` (baseline)   0.52 / 1.00   34 M / 59 M
our ``parse_untrusted`` (limit, DOCTYPE check)   0.53-0.55     36 M
+ ``first_problem`` (the same validation)        1.03-1.12     63 M
the reader's walk over parsed trees             1.42-1.60     83 M
whole ``read_message``                          2.86-3.07     147 M
=============================================  ===========  ==================

The whole is more than the sum of its parts measured one at a time (~0.4: validating a
tree and then walking it in Python, message by message; walking first and validating
after changes nothing measurable).  Inside the walk: a _Node per element looked into
(~0.5), building ~200 frozen dataclasses (~0.22, 7 % of the whole: re-making the same
instances from their fields), timestamps (~0.15; the modrs samples' ``+0000`` offsets take
2.9 us each against 0.5 us for the canonical form), reading ~650 values through small
methods (the rest).  Touching every element once from Python (``.tag`` and ``.text``)
alone costs 0.2.

Why 0.5x is out of reach for this reader (measured, second attempt):

- Skipping _Node's order, unknown-element and namespace checks for documents the XSD
  accepted (they cannot find anything there) saved 3 % on the 7 valid bodies and nothing
  measurable on the 20: the checks are a few comparisons per child; the cost is making
  the child proxies, the dicts and the dataclasses, which any reader must do.  And 13 of
  the 20 bodies are modrs samples the XSD refuses, read the careful way regardless.
- A throwaway reader with no checks at all and no notes, building the same dataclasses
  from plain dicts of children, read the largest valid body (``full_request``) in 53 us
  against 71 us for ours, with 23 us of parse and validation around it: even that reader
  would leave that body at 0.31x.  Halving the walk needs fewer Python objects per
  element, not fewer checks.
- Not validating the two bodies the reader rejects (their verdict is never told) gave
  +5 % (0.30 -> 0.32), but every message read is validated by rule, so it is not done.

Building (per message, CPU time): writing the text 6.2-6.4 us (6.9 us before enum members
were written as the str they are and the agency cache was keyed by strings; 11.9 M
instructions for 120 messages against 12.4 M), parsing it 7.0 us and validating it 3.6 us;
the baseline's validate + tostring costs 7.2-7.5 us.  Parsing plus validating our own
bytes already comes to 1.6x the baseline, so even a free writer would stay below 0.63x,
and 0.5x would need the writer at 3 us - about what its two or three timestamps and the
escape checks of its values cost alone (an aware ``datetime.isoformat`` is 0.65 us;
parsing with the XSD attached to the parser was slower than parse, then validate).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta

from lxml import etree

from benchmarks.runner import Result, cpu_timed, timed
from illdesk.interop.iso18626.build import build_element, build_message
from illdesk.interop.iso18626.messages import IsoAction, Message, Status
from illdesk.interop.iso18626.parse import MessageRejected, read_message
from illdesk.interop.iso18626.status_map import ok_confirmation
from tests.interop.iso18626_support import (
    SAMPLES,
    T0,
    corpus_schema,
    full_request,
    requesting,
    supplying,
)


def _messages() -> list[Message]:
    return [
        full_request(),
        supplying(Status.WILL_SUPPLY),
        supplying(Status.LOANED, due=T0 + timedelta(days=28), item_id="3123"),
        requesting(IsoAction.RECEIVED),
        requesting(IsoAction.SHIPPED_RETURN),
        ok_confirmation(full_request(), now=T0),
    ]


def best_in_turns(
    base: Callable[[], object],
    ours: Callable[[], object],
    repeat: int = 5,
    clock: Callable[[Callable[[], object]], float] = timed,
) -> tuple[float, float]:
    """Best seconds of ``base`` and of ``ours``, timed alternately ``repeat`` times each
    with ``clock`` (wall time unless told)."""
    base_best = ours_best = float("inf")
    for _ in range(repeat):
        base_best = min(base_best, clock(base))
        ours_best = min(ours_best, clock(ours))
    return base_best, ours_best


def run(quick: bool, only: str | None) -> Iterable[Result]:
    return list(_run(quick, only))


def _run(quick: bool, only: str | None) -> Iterator[Result]:
    schema = corpus_schema()
    ours = [build_message(m, schema) for m in _messages()]
    bodies = ours + [p.read_bytes() for p in sorted(SAMPLES.glob("*.xml"))]
    rounds = 30 if quick else 300
    total = rounds * len(bodies)
    raw_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    xsd = etree.XMLSchema(etree.parse(str(schema.path)))

    def baseline_parse() -> None:
        for _ in range(rounds):
            for body in bodies:
                xsd.validate(etree.fromstring(body, raw_parser))

    def our_parse() -> None:
        for _ in range(rounds):
            for body in bodies:
                with contextlib.suppress(MessageRejected):
                    read_message(body, schema)

    if not only or only in "iso18626_parse_validate":
        base, mine = best_in_turns(baseline_parse, our_parse, clock=cpu_timed)
        yield Result("iso18626_parse_validate", total / mine, "msg/s", base / mine)

    messages = _messages()
    build_rounds = rounds * 2
    trees = [build_element(m) for m in messages]

    def baseline_build() -> None:
        for _ in range(build_rounds):
            for tree in trees:
                xsd.validate(tree)
                etree.tostring(tree, xml_declaration=True, encoding="UTF-8")

    def our_build() -> None:
        for _ in range(build_rounds):
            for message in messages:
                build_message(message, schema)

    if not only or only in "iso18626_build_validate":
        base, mine = best_in_turns(baseline_build, our_build, clock=cpu_timed)
        yield Result(
            "iso18626_build_validate", build_rounds * len(messages) / mine, "msg/s", base / mine
        )
