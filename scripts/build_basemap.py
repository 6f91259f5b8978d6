"""Build the web map's offline basemap: country outlines, generalised small.

The outlines are Natural Earth's 1:110m admin-0 countries (public domain) as the geopandas wheel
shipped them (``geopandas/datasets/naturalearth_lowres``, up to geopandas 0.14). The wheel comes
from PyPI through pip; the shapefile is read here with the standard library only, simplified
(Douglas-Peucker) and written as GeoJSON for Leaflet.

    .venv/bin/python scripts/build_basemap.py            # pip-downloads geopandas 0.14.4 to a temp dir
    .venv/bin/python scripts/build_basemap.py --wheel geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import itertools
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "api" / "static" / "basemap"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"

Ring = list[tuple[float, float]]


def read_polygons(shp: bytes) -> list[list[Ring]]:
    """The rings of every polygon record of a .shp file, in record order."""
    shapes, pos = [], 100
    while pos < len(shp):
        _, words = struct.unpack(">ii", shp[pos : pos + 8])
        content = shp[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (kind,) = struct.unpack("<i", content[:4])
        if kind != 5:
            shapes.append([])
            continue
        parts_n, points_n = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_n}i", content[44 : 44 + 4 * parts_n]))
        start = 44 + 4 * parts_n
        coords = struct.unpack(f"<{2 * points_n}d", content[start : start + 16 * points_n])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts, points_n]
        shapes.append([points[a:b] for a, b in itertools.pairwise(bounds)])
    return shapes


def read_dbf(dbf: bytes) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<IHH", dbf[4:12])
    fields, pos = [], 32
    while dbf[pos] != 0x0D:
        name = dbf[pos : pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        rec = dbf[header_len + i * record_len : header_len + (i + 1) * record_len]
        row, offset = {}, 1
        for name, length in fields:
            row[name] = rec[offset : offset + length].decode("utf-8", "replace").strip()
            offset += length
        rows.append(row)
    return rows


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on a ring (iterative: some rings have thousands of points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def build(wheel: Path, tolerance: float) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as z:
        shapes = read_polygons(z.read(MEMBER + ".shp"))
        rows = read_dbf(z.read(MEMBER + ".dbf"))
    features = []
    for rings, row in zip(shapes, rows, strict=True):
        polygons = []
        for ring in rings:
            small = [(round(x, 2), round(y, 2)) for x, y in simplify(ring, tolerance)]
            if len(small) >= 4:
                polygons.append([[list(p) for p in small]])
        if polygons:
            features.append({"type": "Feature", "properties": {"name": row.get("name"), "iso_a3": row.get("iso_a3")},
                             "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wheel", type=Path, help="a geopandas (<= 0.14) wheel; default: pip download one")
    parser.add_argument("--tolerance", type=float, default=0.15, help="simplification tolerance in degrees")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "geopandas==0.14.4", "--no-deps", "-q",
                            "-d", tmp], check=True)
            wheel = next(Path(tmp).glob("geopandas-*.whl"))
        data = build(wheel, args.tolerance)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "countries.geojson"
    target.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    (OUT / "SOURCE.txt").write_text(
        "countries.geojson: Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com),\n"
        "as shipped in the geopandas 0.14.4 wheel (geopandas/datasets/naturalearth_lowres), simplified\n"
        f"(Douglas-Peucker, {args.tolerance} degrees, coordinates rounded to 0.01) by scripts/build_basemap.py.\n",
        encoding="utf-8",
    )
    print(f"{len(data['features'])} countries, {target.stat().st_size:,} bytes -> {target}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
