"""Named validators, one per module: each has ``ID``, ``ARGS``, a docstring and ``check``.

Third parties add validators through the ``factcheck.validators`` entry-point
group; an entry point names a module (or object) with the same attributes.
"""

from factcheck.validators.base import Context, Validator
from factcheck.validators.registry import get, registry

__all__ = ["Context", "Validator", "get", "registry"]
