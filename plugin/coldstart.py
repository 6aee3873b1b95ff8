"""Building the process-wide objects of a cold start (the worker's services, the redaction engine) without
Python's cyclic garbage collector.

Importing boto3, spaCy and Presidio and loading a spaCy model allocate about 240,000 long-lived objects and
almost no garbage, yet the collector scans them ~430 times on the way (three full passes): 0.4-0.8 s of the
worker's cold start on a busy 2-core machine (benchmarks/aws/README.md). `built_without_gc()` stops automatic collection while such an
object is built, then moves everything that exists to the permanent generation (`gc.freeze`, so later full
collections skip it) and restores it. Reference counting still frees what is not in a cycle.
https://docs.python.org/3/library/gc.html#gc.freeze
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def built_without_gc() -> Iterator[None]:
    """No automatic cyclic GC inside the block; nested blocks leave it to the outermost one to freeze and restore.

    Collection is stopped with a threshold of 0 rather than `gc.disable()`: srsly (spaCy's msgpack loader)
    calls `gc.disable()` and then `gc.enable()` around every model file it reads, which would switch the
    collector back on halfway through loading a model."""
    thresholds = gc.get_threshold()
    if thresholds[0] == 0 or not gc.isenabled():  # an outer block, or whoever runs us, already stopped it
        yield
        return
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)
