"""GUI tests read the app in English, with its English catalogue (plural forms: "3 tokens") and English
numbers (49,152), as the app shows them in English on any system (the test machine's locale may be C,
which writes 49152)."""

from __future__ import annotations

from typing import Any

import pytest

from gui.shell import i18n


@pytest.fixture(autouse=True, scope="session")
def english(qapp: Any) -> None:
    i18n.install(qapp, "en")  # also sets the default QLocale to en_US
