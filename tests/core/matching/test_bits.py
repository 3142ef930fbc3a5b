"""The counting blocks of the engine against plain Python: shared flags across word
boundaries, and distances against the haversine formula."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from duodesk.core.matching.bits import pack, share_any, shared_counts
from duodesk.core.matching.geo import EARTH_RADIUS_KM, coordinates, postcode_coordinates
from duodesk.core.matching.geo import distance_km as engine_km


@pytest.mark.parametrize("width", [1, 17, 21, 32, 33, 64, 65, 130])
def test_shared_flags_are_counted_like_sets(width: int) -> None:
    rng = random.Random(width)
    left = [{k for k in range(width) if rng.random() < 0.3} for _ in range(30)]
    right = [{k for k in range(width) if rng.random() < 0.3} for _ in range(20)]

    def flags(sets: list[set[int]]) -> np.ndarray:
        return np.array([[k in chosen for k in range(width)] for chosen in sets], dtype=bool)

    counts = shared_counts(pack(flags(left)), pack(flags(right)))
    assert counts.tolist() == [[len(a & b) for b in right] for a in left]
    assert share_any(pack(flags(left)), pack(flags(right))).tolist() == [
        [bool(a & b) for b in right] for a in left]


def haversine_km(first: str, second: str) -> float:
    (lat1, lon1), (lat2, lon2) = postcode_coordinates()[first], postcode_coordinates()[second]
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def test_distances_agree_with_the_haversine_formula_within_metres() -> None:
    codes = ["1000", "1030", "1080", "2000", "3000", "4000", "4800", "6000", "8400", "9000"]
    km = engine_km(coordinates(codes), coordinates([*codes, "0000", None]))
    for i, first in enumerate(codes):
        for j, second in enumerate(codes):
            assert km[i, j] == pytest.approx(haversine_km(first, second), abs=0.02)
    # An unknown or missing postcode has no distance.
    assert np.isnan(km[:, -2:]).all()
