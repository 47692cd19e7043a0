"""read: inputs (files, folders, JSONL, WARC) -> ``Page`` records and outcomes."""
from __future__ import annotations

from typing import Iterator

from ..pipeline.stage import Stage, failure
from ..records import Outcome, Page
from ..settings import DEFAULT, Settings
from .formats import known_formats, reader_for, walk


class Read(Stage):
    """The source of every pipeline: turns the user's inputs into pages."""

    name = "read"
    provides = ("page",)
    scope = "source"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def iter(self, inputs: list[str]) -> Iterator[Page | Outcome]:
        for entry in walk(list(inputs)):
            if isinstance(entry, Outcome):
                yield entry
                continue
            path, name = entry
            reader = reader_for(path)
            if reader is None:
                suffix = "".join(path.suffixes[-2:]) or "no extension"
                yield Outcome(input=name, status="skipped", code="unknown-extension", reason=f"{name}: unknown extension ({suffix}); "
                                               f"recoupe reads {known_formats()}")
                continue
            count = 0
            try:
                for item in reader(path, name, self.settings):
                    count += 1
                    yield item
            except OSError as err:
                yield Outcome(input=name, status="skipped", code="unreadable", reason=f"{name}: cannot be read ({err.strerror or err})")
            except Exception as err:  # noqa: BLE001 - a reader's bug ends this input, not the run
                yield Outcome(input=name, status="failed", code="stage-failed", reason=failure("read", f"{name} (after {count} item(s))", err))


def read(inputs: list[str], *, settings: Settings = DEFAULT) -> Iterator[Page | Outcome]:
    """Read every input; yields pages and the outcomes of what could not be read."""
    return Read(settings).iter(inputs)


__all__ = ["Read", "read"]
