"""The package's lazy exports: each name resolves to its module's object and is cached."""

from __future__ import annotations

import importlib

import pytest

import factcheck.crosssource as pkg


@pytest.mark.parametrize("name", sorted(pkg._EXPORTS))
def test_each_export_resolves_to_its_module(name):
    module = importlib.import_module(f"factcheck.crosssource.{pkg._EXPORTS[name]}")
    assert pkg.__getattr__(name) is getattr(module, name)
    assert vars(pkg)[name] is getattr(module, name)  # cached: found without __getattr__


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError) as exc:
        pkg.__getattr__("nope")
    assert str(exc.value) == "module 'factcheck.crosssource' has no attribute 'nope'"


def test_dir_lists_every_export_once_sorted():
    names = pkg.__dir__()
    assert set(pkg._EXPORTS) <= set(names) and names == sorted(set(names))
    assert set(pkg.__all__) == set(pkg._EXPORTS)


def test_dir_also_lists_the_module_own_names():
    assert {"__getattr__", "importlib"} <= set(pkg.__dir__())
