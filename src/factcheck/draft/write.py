"""Write a drafted sheet as YAML through PyYAML, in the style editors write sheets.

Plain scalars where YAML reads them back as the same string, double quotes
otherwise (quotes, sentences, anything YAML would turn into a number, a date or a
boolean); lists, sources and validator arguments in flow style (``[a, b]``, ``{name: x}``);
everything else in block style, in the order drafted, never wrapped.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["SCHEMA_COMMENT", "sheet_yaml"]

SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/factsheet.schema.json"
HEADER = (SCHEMA_COMMENT,
          "# Draft: every fact below was found in the document; review ids, units, meanings,",
          "# sources and checks before use.")

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./-]*")
_YAML_WORDS = frozenset(["yes", "no", "true", "false", "null", "on", "off", "y", "n"])


class _Flow(dict):
    """A mapping written on one line (a check's ``args``)."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # a date used twice is written twice
        return True


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    plain = _PLAIN.fullmatch(text) is not None and text.lower() not in _YAML_WORDS
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=None if plain else '"')


def _list(dumper: yaml.SafeDumper, items: list) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=True)


def _flow(dumper: yaml.SafeDumper, mapping: _Flow) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", mapping, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _list)
_Dumper.add_representer(_Flow, _flow)


def _shaped(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with each source and each check's ``args`` marked for flow style."""
    out = dict(data)
    if "sources" in data:
        out["sources"] = {k: _Flow(v) if isinstance(v, dict) else v
                          for k, v in data["sources"].items()}
    if "checks" in data:
        out["checks"] = {cid: ({k: _Flow(v) if isinstance(v, dict) else v for k, v in c.items()}
                               if isinstance(c, dict) else c)
                         for cid, c in data["checks"].items()}
    return out


def sheet_yaml(data: dict[str, Any]) -> str:
    """The YAML text of a drafted sheet, with the schema and review comments on top."""
    body = yaml.dump(_shaped(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=1 << 30, indent=2)
    return "\n".join(HEADER) + "\n" + body
