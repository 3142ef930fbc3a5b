"""Freed memory goes back to the system on request (glibc), and nothing breaks where the
allocator cannot do it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from duodesk.core import memory

pytestmark = pytest.mark.skipif(not memory.can_release(), reason="allocator without trim")

# 60 MB of 2 KB blocks (malloc's heap, not Python's small-object arenas), all freed but the
# last, which keeps the heap's top in place so that free() alone gives nothing back.
PROGRAM = textwrap.dedent("""
    import sys
    from duodesk.core import memory

    def resident_mb():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024

    blocks = [bytes(2048) for _ in range(30_000)]
    last = blocks[-1]
    del blocks
    before = resident_mb()
    released = memory.release_free_memory()
    after = resident_mb()
    print(before, after, released, last[:1])
""")


def run(program: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          check=True, timeout=60)
    return done.stdout.split()


def test_released_memory_leaves_the_resident_set() -> None:
    before, after, released, _ = run(PROGRAM)
    assert released == "True"
    assert float(before) - float(after) > 40  # most of the 60 MB freed went back


def test_the_arena_limit_is_taken_and_threads_still_allocate() -> None:
    program = textwrap.dedent("""
        import threading
        from duodesk.core import memory
        print(memory.limit_arenas())
        out = []
        threads = [threading.Thread(target=lambda: out.append(len([bytes(4096)
                   for _ in range(10_000)]))) for _ in range(4)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        print(sum(out))
    """)
    assert run(program) == ["True", "40000"]
