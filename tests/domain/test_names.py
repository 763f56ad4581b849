from __future__ import annotations

from illdesk.domain.names import display_name


def test_letters_greet_patrons_in_the_order_their_name_is_spoken() -> None:
    assert display_name("Andersen, Chloé") == "Chloé Andersen"
    assert display_name("Ångström-Müller, Zoë") == "Zoë Ångström-Müller"
    assert display_name("中村, 花") == "中村花"
    assert display_name("Madonna") == "Madonna"
    assert display_name("Kowalski,") == "Kowalski,"
