"""Compare the ISO 18626 reader of a git revision with the working tree's, message by message.

    PYTHONPATH=$PWD python tools/compare_iso18626_reader.py [REVISION] [--bodies DIR]

For a change to ``illdesk/interop/iso18626/parse.py`` that must not change behaviour: both
readers read every body of the shared corpus (``iso18626/``), the partner fixtures
(``tests/interop/partner_messages``), the ``*.xml`` files of ``--bodies`` (for example the
bodies the tests feed the reader, written out by a throwaway pytest plugin) and mutations
of the corpus bodies (each element dropped, emptied, doubled, swapped with the next).
Everything they return must be equal: the message, the notes in their order and the XSD
verdict, or the rejection's error type, reason, echo and size flag.  Prints the number of
differences (0 is the only good answer) and the first few.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from lxml import etree

import illdesk.interop.iso18626.parse as current
from tests.corpus_path import CORPUS
from tests.interop.iso18626_support import corpus_schema

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "interop" / "partner_messages"
RECEIVED = datetime(2026, 1, 1, tzinfo=UTC)


def _old_reader(revision: str) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{revision}:illdesk/interop/iso18626/parse.py"],
        capture_output=True,
        check=True,
    ).stdout
    path = Path(f"/tmp/illdesk_parse_{revision.replace('/', '_')}.py")
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("illdesk_old_parse", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _mutations(body: bytes) -> list[bytes]:
    root = etree.fromstring(body)
    out = []
    for index in range(sum(1 for _ in root.iter())):
        for how in ("drop", "empty", "twice", "swap"):
            tree = copy.deepcopy(root)
            element = list(tree.iter())[index]
            parent = element.getparent()
            if how == "empty":
                for child in list(element):
                    element.remove(child)
                element.text = ""
            elif parent is None:
                continue
            elif how == "drop":
                parent.remove(element)
            elif how == "twice":
                element.addnext(copy.deepcopy(element))
            else:
                following = element.getnext()
                if following is None:
                    continue
                parent.remove(following)
                element.addprevious(following)
            out.append(etree.tostring(tree))
    return out


def _outcome(module: ModuleType, body: bytes, schema: object) -> tuple[object, ...]:
    try:
        parsed = module.read_message(body, schema, received_at=RECEIVED)
    except Exception as exc:  # MessageRejected of either module
        if type(exc).__name__ != "MessageRejected":
            return ("raised", type(exc).__name__, str(exc))
        echo = tuple(vars(exc.echo).values())  # type: ignore[attr-defined]
        return ("rejected", exc.error_type, exc.reason, echo, exc.too_large)  # type: ignore[attr-defined]
    return ("read", parsed.message, parsed.notes, parsed.schema_valid)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("revision", nargs="?", default="HEAD")
    parser.add_argument("--bodies", type=Path, help="a folder of further *.xml bodies")
    args = parser.parse_args()
    old = _old_reader(args.revision)
    schema = corpus_schema()
    found = sorted((CORPUS / "iso18626").rglob("*.xml")) + sorted(FIXTURES.glob("*.xml"))
    corpus = [path.read_bytes() for path in found]
    bodies = list(corpus)
    if args.bodies:
        bodies += [path.read_bytes() for path in sorted(args.bodies.glob("*.xml"))]
    as_found = len(bodies)
    for body in corpus:
        bodies += _mutations(body)
    differences = 0
    for body in bodies:
        before, after = _outcome(old, body, schema), _outcome(current, body, schema)
        if before != after:
            differences += 1
            if differences <= 5:
                print(f"DIFFERENT for {body[:200]!r}\n  {args.revision}: {before}\n  now: {after}")
    print(
        f"{len(bodies)} bodies ({as_found} as found, {len(bodies) - as_found} mutated): "
        f"{differences} differences"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
