"""Generated documentation stays in step with the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_model_reference_is_current() -> None:
    module = _script("update_model_doc")
    expected = module.render()  # type: ignore[attr-defined]
    committed = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert committed == expected, (
        "run `python scripts/update_model_doc.py` and commit docs/model.md"
    )


def test_every_model_is_documented() -> None:
    from newsevents import model

    page = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    for name in model.__all__:
        obj = getattr(model, name)
        if isinstance(obj, type):
            assert f"`{name}`" in page, f"{name} is missing from docs/model.md"
