"""plugin/coldstart.py: no automatic collection while a cold-start object is built, whatever the libraries do."""
from __future__ import annotations

import gc

from plugin.coldstart import built_without_gc


def test_no_collection_inside_even_when_a_library_toggles_the_collector():
    collections = []
    gc.callbacks.append(lambda phase, info: collections.append(info) if phase == "start" else None)
    try:
        before, frozen = gc.get_threshold(), gc.get_freeze_count()
        with built_without_gc():
            gc.disable()  # what srsly's msgpack_loads does around every model file
            gc.enable()
            with built_without_gc():  # nested: leaves it to the outer block
                pass
            assert gc.get_threshold()[0] == 0
            cycles = []
            for _ in range(50_000):
                cycle: list = []
                cycle.append(cycle)
                cycles.append(cycle)
            assert collections == []
        assert gc.get_threshold() == before and gc.isenabled()
        assert gc.get_freeze_count() > frozen + 50_000  # what was built is in the permanent generation
    finally:
        gc.callbacks.pop()
        gc.unfreeze()


def test_a_collector_switched_off_by_the_host_stays_off():
    gc.disable()
    try:
        with built_without_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
