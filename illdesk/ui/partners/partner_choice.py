"""Partner libraries in a combo box, each as "Name (SYMBOL)" with its id as data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from illdesk.services.rows import PartnerRow


def partner_label(partner: PartnerRow) -> str:
    return f"{partner.name} ({partner.symbol})"


def fill_partner_choice(
    combo: QComboBox, partners: Iterable[PartnerRow], first: str | None = None
) -> None:
    """Replace the combo's items; ``first`` is an entry without a partner ("Every partner")."""
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for partner in partners:
        combo.addItem(partner_label(partner), partner.id)
