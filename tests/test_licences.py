"""The list of bundled components: complete, consistent with what is installed, and robust when
the metadata is missing (a frozen build)."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from w4i_desktop import licences
from w4i_desktop.licences import BUNDLED, Component

LISTED = {canonicalize_name(c.distribution) for c in BUNDLED if c.distribution}


def _runtime_closure(root: str) -> set[str]:
    """Every distribution `root` needs at run time here (extras left out, markers applied)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen - {canonicalize_name(root)}


def test_every_component_has_a_name_a_licence_and_a_homepage() -> None:
    assert len({c.name for c in BUNDLED}) == len(BUNDLED)
    assert len(LISTED) == len([c for c in BUNDLED if c.distribution])
    for component in BUNDLED:
        assert component.name.strip() and component.licence.strip(), component
        assert component.homepage.startswith("https://"), component
        # Not a Python distribution: it needs a version or a licence text of its own.
        if component.distribution is None:
            assert component.version or component.licence_file, component


def test_every_runtime_dependency_is_listed_with_its_licence() -> None:
    """A new dependency (or a new dependency of one) fails here until its licence is listed."""
    try:
        metadata.distribution("w4i-desktop")
    except metadata.PackageNotFoundError:
        pytest.skip("w4i-desktop is not installed: `pip install -e .`")
    missing = _runtime_closure("w4i-desktop") - LISTED
    assert missing == set(), f"add these to licences.BUNDLED: {sorted(missing)}"


def test_the_licences_agree_with_what_the_installed_distributions_declare() -> None:
    for component in BUNDLED:
        if component.distribution is None:
            continue
        try:
            declared = metadata.metadata(component.distribution).get("License-Expression")
        except metadata.PackageNotFoundError:
            continue
        if not declared:
            continue
        ids = set(re.findall(r"[A-Za-z0-9.+-]+", declared)) - {"OR", "AND", "WITH"}
        listed = set(re.findall(r"[A-Za-z0-9.+-]+", component.licence))
        assert ids <= listed, (
            f"{component.name}: declared {declared!r}, listed {component.licence!r}"
        )


def test_rows_show_the_installed_versions() -> None:
    rows = {name: (version, licence) for name, version, licence in licences.rows()}
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["Qt for Python (PySide6)"][0] == metadata.version("PySide6-Essentials")
    assert rows["DejaVu fonts"][0] == "2.37"
    assert rows["Python"][0].count(".") == 2
    for component in BUNDLED:
        if not component.optional:
            assert component.name in rows


def test_a_missing_distribution_shows_a_dash_and_optional_ones_are_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    needed = Component("Needed", "w4i-no-such-distribution", "MIT", "https://example.org/")
    optional = Component(
        "Optional", "w4i-no-such-distribution-2", "MIT", "https://example.org/", optional=True
    )
    monkeypatch.setattr(licences, "BUNDLED", (needed, optional))
    assert licences.rows() == [("Needed", "—", "MIT")]
    assert licences.licence_text(needed) is None
    assert licences.find("Optional") is optional


def test_without_any_metadata_nothing_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen build without the .dist-info folders: versions "—", texts None."""

    def gone(name: str) -> metadata.Distribution:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(licences.metadata, "distribution", gone)
    rows = licences.rows()
    assert ("SQLAlchemy", "—", "MIT") in rows
    assert all(name != "greenlet" for name, _, _ in rows)  # optional: not known, not listed
    sqlalchemy = licences.find("SQLAlchemy")
    assert sqlalchemy is not None and licences.licence_text(sqlalchemy) is None
    dejavu = licences.find("DejaVu fonts")
    assert dejavu is not None and "Bitstream" in (licences.licence_text(dejavu) or "")


def test_licence_texts_come_from_the_distributions() -> None:
    sqlalchemy = licences.find("SQLAlchemy")
    cryptography = licences.find("cryptography")
    assert sqlalchemy is not None and cryptography is not None
    assert "Permission is hereby granted" in (licences.licence_text(sqlalchemy) or "")
    text = licences.licence_text(cryptography) or ""
    assert "Apache License" in text and "Redistribution and use" in text  # both of its licences


def test_the_distributions_to_copy_into_a_build_are_installed() -> None:
    for name in licences.distributions():
        component = next(c for c in BUNDLED if c.distribution == name)
        if not component.optional:
            assert metadata.version(name)
