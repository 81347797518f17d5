"""Find validators: the built-in modules of this package, then entry points."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from importlib.metadata import entry_points
from typing import Any

from factcheck.problems import SheetError, suggest

GROUP = "factcheck.validators"
_NOT_VALIDATORS = {"base", "registry"}


def _is_validator(obj: Any) -> bool:
    return all(hasattr(obj, a) for a in ("ID", "ARGS", "check")) and callable(obj.check)


@functools.cache
def registry() -> dict[str, Any]:
    """All validators by id. Built-ins first; a plugin may not shadow a built-in id."""
    import factcheck.validators as pkg

    found: dict[str, Any] = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name in _NOT_VALIDATORS or info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if _is_validator(mod):
            found[mod.ID] = mod
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not stop the run
            raise RuntimeError(f"validator plugin {ep.name} ({ep.value}) failed to load: "
                               f"{exc}") from exc
        if not _is_validator(obj):
            raise RuntimeError(f"validator plugin {ep.name} ({ep.value}) lacks ID, ARGS "
                               "or check")
        if obj.ID in found:
            raise RuntimeError(f"validator plugin {ep.name} reuses the id {obj.ID!r}")
        found[obj.ID] = obj
    return found


def get(validator_id: str) -> Any:
    reg = registry()
    if validator_id not in reg:
        raise SheetError("unknown-validator", f"no validator `{validator_id}`"
                         f"{suggest(validator_id, reg)}; available: {', '.join(sorted(reg))}")
    return reg[validator_id]
