"""The docs match the code: every command has help with an example and is in the README."""

from __future__ import annotations

import re

import pytest
import typer.main

from pipeline.cli import app

from .conftest import ROOT


def commands() -> dict:
    """Every command and subcommand by its full name (typer may bring its own click: duck-type groups)."""
    group = typer.main.get_command(app)
    found: dict = {}
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            for sub, sub_command in command.commands.items():
                found[f"{name} {sub}"] = sub_command
        else:
            found[name] = command
    return found


@pytest.mark.parametrize("name", sorted(commands()))
def test_commands_have_help_with_an_example(name):
    help_text = commands()[name].help or ""
    assert len(help_text.strip()) > 20
    assert "Example:" in help_text and f"afspraken {name}" in help_text


@pytest.mark.parametrize("name", sorted(commands()))
def test_commands_are_documented_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`afspraken {name}`" in readme


def test_readme_opens_with_a_two_command_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\s+```\n(.*?)```", readme, re.S)
    assert block is not None
    lines = [ln for ln in block.group(1).splitlines() if ln.strip()]
    assert len(lines) == 2
    assert "afspraken ingest corpus/pdf" in lines[0] and "afspraken report" in lines[0]
    assert "pytest" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci


def test_exit_codes_in_readme_match_the_cli():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from pipeline import errors

    for exc in (errors.UnreadablePdf, errors.EncryptedPdf, errors.NoTextLayer, errors.NoAfspraken,
                errors.ModelNotFound, errors.StoreError):
        assert re.search(rf"\b{exc.exit_code} ", readme.split("Exit codes:")[1][:800])
