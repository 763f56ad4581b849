"""Settings of the printing package, each declared once."""

from __future__ import annotations

from illdesk.domain.library_settings import LIBRARY_SETTINGS
from illdesk.domain.settings import SettingDef, Settings
from illdesk.domain.words import N_

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "printing.library_phone",
        str,
        "",
        N_("Phone number on the letterhead."),
        "library",
        label=N_("Phone on the letterhead"),
        example="+49 4102 123456",
    ),
    SettingDef(
        "printing.library_website",
        str,
        "",
        N_("Web address on the letterhead."),
        "library",
        label=N_("Web address on the letterhead"),
        example="www.library.example.org",
    ),
    SettingDef(
        "printing.logo_path",
        str,
        "",
        N_("Path of a PNG or JPEG logo printed on the letterhead (empty: none)."),
        "library",
        label=N_("Logo on the letterhead (PNG or JPEG file)"),
    ),
    SettingDef(
        "printing.paper_size",
        str,
        "A4",
        N_("Paper for slips, notices, invoices, forms."),
        "desk",
        ("A4", "Letter"),
        label=N_("Paper size"),
    ),
    SettingDef(
        "printing.slips_per_page",
        int,
        3,
        N_(
            "Pull slips per plain sheet (2 or 3, with cut lines); 1 prints on slip-printer "
            "paper of the size below."
        ),
        "desk",
        label=N_("Pull slips per sheet"),
    ),
    SettingDef(
        "printing.slip_width_mm",
        float,
        80.0,
        N_("Width of the slip printer's paper in millimetres (when 1 slip per page)."),
        "desk",
        label=N_("Slip paper width (mm)"),
    ),
    SettingDef(
        "printing.slip_height_mm",
        float,
        150.0,
        N_("Length of one slip on the slip printer's paper in millimetres."),
        "desk",
        label=N_("Slip length (mm)"),
    ),
    SettingDef(
        "printing.band_patron",
        str,
        "id",
        N_("What the book band shows of the patron: the name or only the ID (privacy)."),
        "library",
        ("name", "id"),
        label=N_("Patron on the book band"),
    ),
    SettingDef(
        "printing.band_return_instructions",
        str,
        "Please return this book to the loans desk by the due date. Do not remove this band.",
        N_("Return instructions printed on every book band."),
        "library",
        label=N_("Return instructions on the book band"),
    ),
    SettingDef(
        "printing.label_layout",
        str,
        "thermal-4x6",
        N_("Shipping label stock: a 4x6 inch thermal label or an Avery-style sheet."),
        "desk",
        ("thermal-4x6", "avery-L7165", "avery-L7169", "avery-5164", "avery-5168"),
        label=N_("Shipping label layout"),
    ),
    SettingDef(
        "printing.label_next_position",
        int,
        1,
        N_(
            "Where the next shipping label goes on a sheet of labels (1 = top left, counted "
            "along the rows). The labels before it count as used; the desk asks before each "
            "label and moves on by itself, back to 1 after the last label of a sheet."
        ),
        "desk",
        label=N_("Next free label on the sheet"),
    ),
    SettingDef(
        "printing.zpl_target",
        str,
        "",
        N_(
            "Send 4x6 labels as ZPL instead of PDF: tcp://HOST:9100, serial:///dev/ttyUSB0, "
            "or cups://QUEUE (raw queue). Empty: print PDF."
        ),
        "desk",
        label=N_("Zebra label printer (ZPL)"),
        example="tcp://192.0.2.20:9100",
    ),
    SettingDef(
        "printing.zpl_baudrate",
        int,
        9600,
        N_("Baud rate for a label printer on a serial port."),
        "desk",
        label=N_("Zebra printer speed (baud)"),
    ),
    SettingDef(
        "printing.sdr_rates",
        str,
        "EUR=1.17; USD=1.37; GBP=1.01; CHF=1.09; JPY=205",
        N_(
            "Units of each currency worth one SDR (for CN22 up to 300 SDR, CN23 above). "
            "Update from the IMF rates now and then."
        ),
        "library",
        label=N_("Currency units per SDR (customs form limit)"),
        example="EUR=1.17; USD=1.37",
    ),
    SettingDef(
        "printing.invoice_bank_details",
        str,
        "",
        N_("Bank account printed on invoices for payment by transfer."),
        "library",
        label=N_("Bank details on invoices"),
    ),
    SettingDef(
        "printing.ifm_symbol",
        str,
        "",
        N_("Our OCLC symbol for payment through IFM, printed on invoices."),
        "library",
        label=N_("Our IFM (OCLC) symbol on invoices"),
    ),
    SettingDef(
        "printing.customs_signatory",
        str,
        "",
        N_("Name printed on the signature line of customs forms."),
        "library",
        label=N_("Name signing customs forms"),
    ),
)


def default_printing_settings() -> Settings:
    """Settings holding only this package's declarations, all at their defaults."""
    return Settings((*SETTINGS, *LIBRARY_SETTINGS))
