#!/usr/bin/env python3
"""Writes the memory-order transcripts: reductions of transposed, permuted, reversed and strided views, whose sums
NumPy runs in the order of the memory they view, in NumPy 2.4.6's full precision (`.item()`, `.tolist()`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_memorder_fixtures.py`. It rewrites every file in `memorder/`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output,
the exception's last line).
"""

import pathlib

import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "memorder"

THEMES = {}


def made(shape, dtype, seed):
    """The statement making `x`: values in [0.5, 1.5), so products neither vanish nor overflow."""
    return f"x = (np.random.default_rng({seed}).random({shape}) + 0.5).astype(np.{dtype})"


def reductions(view, ndim, dtype):
    """Every reduction NumPy runs through its iterator, and second reductions of their results. float32 `var`,
    `std`, `prod` and `cumsum` are refused by docbuild whatever the order (DTypeRefusalTests), so only float64 has them."""
    last = ndim - 1
    statements = [
        f"{view}.sum().item()",
        f"{view}.mean().item()",
        f"np.add.reduce({view}, axis=None).item()",
        f"np.nansum({view}).item()",
        f"np.nanmean({view}).item()",
        f"np.average({view}).item()",
    ]
    for axis in range(ndim):
        statements += [f"{view}.sum(axis={axis}).tolist()", f"{view}.mean(axis={axis}).tolist()"]
    statements += [
        f"np.add.reduce({view}, axis=0).tolist()",
        f"np.nansum({view}, axis={last}).tolist()",
        f"np.nanmean({view}, axis=0).tolist()",
        f"np.average({view}, axis={last}).tolist()",
        f"{view}.sum(axis=0).sum().item()",
        f"{view}.sum(axis={last}).sum(axis=0).tolist()",
        f"{view}.mean(axis=0).mean(axis=0).tolist()",
        f"({view} * 2).sum().item()",
        f"({view} + 1).sum(axis=0).tolist()",
    ]
    if dtype == "float64":
        statements += [
            f"{view}.var().item()",
            f"{view}.std().item()",
            f"{view}.var(axis=0).tolist()",
            f"{view}.std(axis={last}).tolist()",
            f"{view}.prod().item()",
            f"{view}.prod(axis=0).tolist()",
            f"np.cumsum({view}, axis=0).tolist()",
            f"np.cumsum({view})[-1].item()",
            f"{view}.astype(np.float32).sum().item()",
        ]
    else:
        statements += [f"{view}.astype(np.float64).sum().item()"]
    if ndim >= 3:
        statements += [f"{view}.sum(axis=(0, 1)).tolist()", f"{view}.sum(axis=(0, {last})).tolist()"]
    return statements


PERMUTED = {
    2: ["x.T", "x.transpose()", "x.swapaxes(0, 1)", "np.transpose(x)"],
    3: ["x.T", "x.transpose(1, 2, 0)", "x.transpose(2, 0, 1)", "x.transpose(1, 0, 2)", "x.transpose(0, 2, 1)",
        "np.moveaxis(x, 0, -1)", "x.swapaxes(0, 2)"],
    4: ["x.T", "x.transpose(2, 0, 3, 1)", "np.moveaxis(x, -1, 0)"],
}
SHAPES = {2: [(37, 41), (5, 100)], 3: [(4, 5, 60), (3, 40, 7)], 4: [(2, 3, 4, 50)]}

seed = 1
for ndim, views in PERMUTED.items():
    for dtype in ["float64", "float32"]:
        for shape in SHAPES[ndim]:
            statements = [made(shape, dtype, seed)]
            seed += 1
            for view in views:
                statements += reductions(view, ndim, dtype)
            THEMES[f"{len(THEMES) + 1:02d}-permuted-{ndim}d-{dtype}-{'x'.join(map(str, shape))}"] = statements

SLICED = {
    2: ["x.T[::-1]", "x.T[:, ::-1]", "x.T[1:]", "x.T[:, ::2]", "x[::-1].T", "x[::-1]", "x[:, ::-1]", "x[::2, 1:]",
        "x[:, 1:]"],
    3: ["x.transpose(1, 0, 2)[::-1]", "x.transpose(2, 0, 1)[:, 1:]", "x[..., ::-1].transpose(1, 2, 0)", "x[::-1]",
        "x[:, ::2]", "x.T[::2]"],
}
for ndim, views in SLICED.items():
    for dtype in ["float64", "float32"]:
        for shape in SHAPES[ndim]:
            statements = [made(shape, dtype, seed)]
            seed += 1
            for view in views:
                statements += [f"{view}.sum().item()", f"{view}.mean().item()", f"{view}.sum(axis=0).sum().item()"]
                statements += [f"{view}.sum(axis={axis}).tolist()" for axis in range(ndim)]
                statements += [f"np.nansum({view}, axis=0).sum().item()", f"{view}.astype(np.float64).sum().item()"]
                statements += [f"np.average({view}, axis=0).tolist()", f"({view} - 1).sum(axis=0).tolist()"]
                if dtype == "float64":
                    statements += [f"np.var({view}, axis=0).tolist()", f"{view}.std().item()"]
            THEMES[f"{len(THEMES) + 1:02d}-sliced-{ndim}d-{dtype}-{'x'.join(map(str, shape))}"] = statements


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_memorder_fixtures.py")


if __name__ == "__main__":
    main()
