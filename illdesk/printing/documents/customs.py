"""Customs declarations CN22 and CN23 laid out with the fields of the UPU forms.

CN22 (contents worth up to 300 SDR) prints on a 4x6 inch label; CN23 (above) on the
desk's A4/Letter paper.  The caller names the form (``domain.customs`` chooses it);
this module only draws.  Field numbers in brackets follow the printed UPU forms.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.customs import CustomsCategory, CustomsForm
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import CustomsDeclaration
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import draw_barcode
from illdesk.printing.documents import common

DECLARATION_TEXT = (
    "I, the undersigned, whose name and address are given on the item, certify that the "
    "particulars given in this declaration are correct and that this item does not contain "
    "any dangerous article or articles prohibited by legislation or by postal or customs "
    "regulations."
)
CN22_CATEGORIES = (
    CustomsCategory.GIFT,
    CustomsCategory.COMMERCIAL_SAMPLE,
    CustomsCategory.DOCUMENTS,
    CustomsCategory.RETURNED_GOODS,
    CustomsCategory.SALE_OF_GOODS,
    CustomsCategory.OTHER,
)
CN22_MAX_ITEMS = 4
CN23_MAX_ITEMS = 6


def _cell(
    canvas: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: str = "",
    size: float = 8,
    label_size: float = 5.5,
    bold: bool = False,
    lines: int = 1,
) -> None:
    """A ruled box with a small caption at its top and the value under it."""
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    if label:
        fitted_label = fonts.fit_size(label, fonts.REGULAR, label_size, w - 4, 3.5)
        common.draw_label(canvas, x + 2, y + h - label_size - 1, label, fitted_label)
    if value:
        font = fonts.BOLD if bold else fonts.REGULAR
        if lines > 1:
            fonts.draw_wrapped(
                canvas,
                x + 2.5,
                y + h - label_size - size - 2.5,
                value,
                w - 5,
                font,
                size,
                max_lines=lines,
            )
        else:
            _draw_whole(
                canvas, x + 2.5, y, value, w - 5, h - (label_size + 1 if label else 0), font, size
            )


def _draw_whole(
    canvas: Canvas, x: float, y: float, value: str, w: float, h: float, font: str, size: float
) -> None:
    """One value in a cell ``h`` high, never cut: shrunk on one line, else on two or three
    lines in smaller type (a customs officer must read the whole description)."""
    fitted = fonts.fit_size(value, font, size, w, size * 0.6)
    if fonts.text_width(value, font, fitted) <= w:
        fonts.draw_fitted(canvas, x, y + 3, value, w, font, size, size * 0.6)
        return
    at = size
    while at > 3.5:
        lines = fonts.wrap(value, font, at, w)
        if len(lines) * at * 1.1 <= h - 2:
            line_y = y + h - at - 0.5
            for line in lines:
                fonts.draw_line(canvas, x, line_y, line, w, font, at)
                line_y -= at * 1.1
            return
        at *= 0.92
    fonts.draw_fitted(canvas, x, y + 3, value, w, font, size, 3.5)


def _categories(
    canvas: Canvas,
    x: float,
    top: float,
    w: float,
    chosen: CustomsCategory,
    explanation: str,
    columns: int,
    size: float,
) -> float:
    """Tick boxes for the categories; returns y below them."""
    col_w = w / columns
    row_h = size * 1.9
    for index, category in enumerate(CN22_CATEGORIES):
        row, col = divmod(index, columns)
        bx = x + col * col_w + 2
        by = top - (row + 1) * row_h + 2
        common.draw_checkbox(canvas, bx, by, category is chosen, size)
        fonts.draw_text(canvas, bx + size + 3, by + 1, category.value, fonts.REGULAR, size)
    rows = (len(CN22_CATEGORIES) + columns - 1) // columns
    bottom = top - rows * row_h
    if chosen is CustomsCategory.OTHER or explanation:
        text = f"Explanation: {explanation}" if explanation else "Explanation:"
        fonts.draw_text(
            canvas,
            x + 2,
            bottom - size - 1,
            text,
            fonts.REGULAR,
            fonts.fit_size(text, fonts.REGULAR, size, w - 4, 5),
        )
        bottom -= size * 1.6
    return bottom


def _value(amount: Decimal, currency: str) -> str:
    return common.format_money(amount, currency)


def _check_items(decl: CustomsDeclaration, limit: int, form: str) -> None:
    if not decl.items:
        raise DeskError("A customs declaration needs at least one item.")
    if len(decl.items) > limit:
        raise DeskError(
            f"A {form} has room for {limit} lines of contents; this one has {len(decl.items)}. "
            "Combine similar items into one line."
        )


def draw_cn22(canvas: Canvas, decl: CustomsDeclaration, width: float, height: float) -> None:
    _check_items(decl, CN22_MAX_ITEMS, "CN22")
    pad = 4 * mm
    x, w = pad, width - 2 * pad
    top = height - pad
    # Header.
    fonts.draw_text(canvas, x, top - 13, "CUSTOMS DECLARATION", fonts.BOLD, 12)
    fonts.draw_text(canvas, x + w, top - 14, "CN 22", fonts.BOLD, 18, "right")
    fonts.draw_text(canvas, x, top - 23, "May be opened officially", fonts.REGULAR, 7)
    origin = decl.office_of_origin or "Designated operator"
    fonts.draw_text(
        canvas,
        x + w,
        top - 23,
        origin,
        fonts.REGULAR,
        fonts.fit_size(origin, fonts.REGULAR, 7, w * 0.5, 5),
        "right",
    )
    y = top - 28
    # Category.
    cat_top = y
    y = _categories(canvas, x, y - 2, w, decl.category, decl.category_explanation, 3, 7)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y - 2, w, cat_top - y + 2, stroke=1, fill=0)
    y -= 2
    # Contents table.
    desc_w, weight_w = w * 0.56, w * 0.2
    value_w = w - desc_w - weight_w
    head_h = 17
    _cell(canvas, x, y - head_h, desc_w, head_h, "Quantity and detailed description of")
    common.draw_label(canvas, x + 2, y - head_h + 3, "contents (1)", 5.5)
    _cell(canvas, x + desc_w, y - head_h, weight_w, head_h, "Weight (kg) (2)")
    _cell(canvas, x + desc_w + weight_w, y - head_h, value_w, head_h, "Value (3)")
    y -= head_h
    row_h = 15
    for item in decl.items:
        y -= row_h
        _cell(canvas, x, y, desc_w, row_h, "", f"{item.quantity} × {item.description}", 7)
        _cell(canvas, x + desc_w, y, weight_w, row_h, "", f"{item.net_weight_kg:.3f}", 7)
        _cell(
            canvas,
            x + desc_w + weight_w,
            y,
            value_w,
            row_h,
            "",
            _value(item.value, decl.currency),
            7,
        )
    hs = ", ".join(i.hs_tariff_number for i in decl.items if i.hs_tariff_number)
    origins = ", ".join(dict.fromkeys(i.origin_country for i in decl.items if i.origin_country))
    y -= 22
    _cell(canvas, x, y, desc_w / 2, 22, "Commercial items: HS tariff no. (4)", hs, 7)
    _cell(canvas, x + desc_w / 2, y, desc_w / 2, 22, "Country of origin of goods (5)", origins, 7)
    _cell(
        canvas,
        x + desc_w,
        y,
        weight_w,
        22,
        "Total weight (kg) (6)",
        f"{decl.total_weight_kg:.3f}",
        8,
        bold=True,
    )
    _cell(
        canvas,
        x + desc_w + weight_w,
        y,
        value_w,
        22,
        "Total value (7)",
        _value(decl.total_value, decl.currency),
        8,
        bold=True,
    )
    # Declaration, date and signature.
    y -= 4
    y = fonts.draw_wrapped(canvas, x, y - 6, DECLARATION_TEXT, w, fonts.REGULAR, 6, 7.2)
    y -= 2
    sign_h = 30
    _cell(canvas, x, y - sign_h, w, sign_h, "Date and sender's signature (8)")
    signed = fonts.draw_text(
        canvas,
        x + 3,
        y - sign_h + 4,
        f"{common.format_date(decl.declaration_date)}   {decl.signatory}",
        fonts.REGULAR,
        8,
    )
    canvas.setDash(1, 2)
    canvas.line(x + max(w * 0.55, signed + 12), y - sign_h + 6, x + w - 4, y - sign_h + 6)
    canvas.setDash()
    y -= sign_h + 4
    # Sender and addressee, so the form can be read apart from the parcel.
    half = w / 2 - 2
    box_h = min(80.0, y - pad - (19 * mm if decl.request_number else 0))
    if box_h < 40:
        raise DeskError("The CN22 has no room left for the addresses; shorten the contents.")
    _cell(canvas, x, y - box_h, half, box_h, "From")
    common.draw_address(canvas, decl.sender, x + 2, y - 8, half - 4, 6.5, max_lines=6)
    _cell(canvas, x + half + 4, y - box_h, half, box_h, "To")
    common.draw_address(canvas, decl.addressee, x + half + 6, y - 8, half - 4, 6.5, max_lines=6)
    if decl.request_number:
        draw_barcode(
            canvas,
            Symbology.CODE128,
            decl.request_number,
            x + w / 2,
            pad,
            bar_height=11 * mm,
            max_width=w,
            anchor="center",
            caption_size=7,
            caption=f"Sender's reference {decl.request_number}",
        )


def draw_cn23(canvas: Canvas, decl: CustomsDeclaration, width: float, height: float) -> None:
    _check_items(decl, CN23_MAX_ITEMS, "CN23")
    margin = 12 * mm
    x, w = margin, width - 2 * margin
    top = height - margin
    fonts.draw_text(canvas, x, top - 16, "CUSTOMS DECLARATION", fonts.BOLD, 16)
    fonts.draw_text(canvas, x + w, top - 18, "CN 23", fonts.BOLD, 24, "right")
    fonts.draw_text(canvas, x, top - 28, "May be opened officially", fonts.REGULAR, 8)
    y = top - 36
    half = w / 2
    # Sender / addressee with references (left) and barcode / office of origin (right).
    addr_h = 80
    _cell(
        canvas,
        x,
        y - addr_h,
        half,
        addr_h,
        "From: sender (name, business, street, postcode, city, country)",
    )
    common.draw_address(
        canvas, decl.sender, x + 3, y - 9, half - 6, 9, max_lines=int((addr_h - 12) // 10.8)
    )
    _cell(canvas, x + half, y - addr_h, half, addr_h, "No. of item (barcode, if any)")
    if decl.request_number:
        draw_barcode(
            canvas,
            Symbology.CODE128,
            decl.request_number,
            x + half + half / 2,
            y - addr_h + 6,
            bar_height=13 * mm,
            max_width=half - 8,
            anchor="center",
            caption_size=8,
        )
    y -= addr_h
    _cell(canvas, x, y - 20, half, 20, "Sender's customs reference (if any)", decl.sender_reference)
    _cell(
        canvas,
        x + half,
        y - 20,
        half,
        20,
        "Office of origin / Date of posting",
        f"{decl.office_of_origin}  {common.format_date(decl.declaration_date)}",
    )
    y -= 20
    _cell(
        canvas,
        x,
        y - addr_h,
        half,
        addr_h,
        "To: addressee (name, business, street, postcode, city, country)",
    )
    common.draw_address(
        canvas, decl.addressee, x + 3, y - 9, half - 6, 9, max_lines=int((addr_h - 12) // 10.8)
    )
    _cell(
        canvas,
        x + half,
        y - addr_h / 2,
        half,
        addr_h / 2,
        "Importer's reference (if any) (tax code/VAT no./importer code)",
        decl.importer_reference,
    )
    _cell(
        canvas,
        x + half,
        y - addr_h,
        half,
        addr_h / 2,
        "Importer's telephone/fax/email (if known)",
        decl.importer_contact or decl.addressee.phone or decl.addressee.email,
    )
    y -= addr_h
    # Contents table.
    cols = (
        ("Detailed description of contents (1)", 0.34),
        ("Quantity (2)", 0.09),
        ("Net weight (kg) (3)", 0.12),
        ("Value (5)", 0.15),
        ("HS tariff number (7)", 0.15),
        ("Country of origin of goods (8)", 0.15),
    )
    head_h = 22
    cx = x
    for title, share in cols:
        _cell(canvas, cx, y - head_h, w * share, head_h, "")
        fonts.draw_wrapped(canvas, cx + 2, y - 7, title, w * share - 4, fonts.REGULAR, 6, 7)
        cx += w * share
    y -= head_h
    row_h = 18
    for index in range(CN23_MAX_ITEMS):
        y -= row_h
        values = ("",) * 6
        if index < len(decl.items):
            item = decl.items[index]
            values = (
                item.description,
                str(item.quantity),
                f"{item.net_weight_kg:.3f}",
                _value(item.value, decl.currency),
                item.hs_tariff_number,
                item.origin_country,
            )
        cx = x
        for (_, share), value in zip(cols, values, strict=True):
            _cell(canvas, cx, y, w * share, row_h, "", value, 8)
            cx += w * share
    totals_h = 24
    y -= totals_h
    _cell(
        canvas,
        x,
        y,
        w * 0.34,
        totals_h,
        "Total gross weight (kg) (4)",
        f"{decl.total_weight_kg:.3f}",
        9,
        bold=True,
    )
    _cell(
        canvas,
        x + w * 0.34,
        y,
        w * 0.36,
        totals_h,
        "Total value (6)",
        _value(decl.total_value, decl.currency),
        9,
        bold=True,
    )
    fees = "" if decl.postage_fees is None else _value(decl.postage_fees, decl.currency)
    _cell(canvas, x + w * 0.70, y, w * 0.30, totals_h, "Postal charges/Fees (9)", fees, 9)
    # Category and explanation.
    cat_h = 44
    y -= cat_h
    _cell(canvas, x, y, w, cat_h, "Category of item (10)")
    _categories(canvas, x + 2, y + cat_h - 9, w * 0.62, decl.category, "", 3, 8)
    _cell(
        canvas,
        x + w * 0.64,
        y,
        w * 0.36,
        cat_h,
        "Explanation",
        decl.category_explanation,
        8,
        lines=3,
    )
    comments_h = 36
    y -= comments_h
    _cell(
        canvas,
        x,
        y,
        w,
        comments_h,
        "Comments (11): (e.g.: goods subject to quarantine, sanitary/phytosanitary "
        "inspection or other restrictions)",
        decl.comments,
        8.5,
        lines=2,
    )
    refs_h = 30
    y -= refs_h
    third = w / 3
    _cell(
        canvas,
        x,
        y,
        third,
        refs_h,
        "Licence (12)  No(s). of licence(s)",
        decl.licence_numbers,
        8.5,
        lines=2,
    )
    _cell(
        canvas,
        x + third,
        y,
        third,
        refs_h,
        "Certificate (13)  No(s). of certificate(s)",
        decl.certificate_numbers,
        8.5,
        lines=2,
    )
    _cell(
        canvas,
        x + 2 * third,
        y,
        third,
        refs_h,
        "Invoice (14)  No. of invoice",
        decl.invoice_number,
        8.5,
        lines=2,
    )
    # Non-delivery instructions.
    nd_h = 22
    y -= nd_h
    _cell(canvas, x, y, w, nd_h, "Instructions in case of non-delivery")
    for index, choice in enumerate(("Return to sender", "Treat as abandoned")):
        bx = x + 4 + index * w / 3
        common.draw_checkbox(canvas, bx, y + 3, decl.non_delivery == choice, 8)
        fonts.draw_text(canvas, bx + 11, y + 4, choice, fonts.REGULAR, 8)
    # Declaration and signature.
    y -= 4
    statement = (
        "I certify that the particulars given in this customs declaration are correct and "
        "that this item does not contain any dangerous article or articles prohibited by "
        "legislation or by postal or customs regulations. I have met all applicable export "
        "filing requirements under the applicable export regulations."
    )
    y = fonts.draw_wrapped(canvas, x, y - 8, statement, w, fonts.REGULAR, 7.5, 9)
    sign_h = 36
    if y - sign_h < margin - 4:
        raise DeskError("The CN23 does not fit on the page; shorten the comments.")
    _cell(canvas, x, y - sign_h, w, sign_h, "Date and sender's signature (15)")
    fonts.draw_text(
        canvas,
        x + 4,
        y - sign_h + 6,
        f"{common.format_date(decl.declaration_date)}    {decl.signatory}",
        fonts.REGULAR,
        10,
    )
    canvas.setDash(1, 2)
    canvas.line(x + w * 0.55, y - sign_h + 8, x + w - 6, y - sign_h + 8)
    canvas.setDash()


def render_customs(
    decl: CustomsDeclaration, form: CustomsForm, settings: Settings | None = None
) -> bytes:
    """Draw ``form`` (chosen by the domain's customs rule) for ``decl``."""
    settings = common.settings_or_default(settings)
    if not decl.signatory:
        decl = dataclasses.replace(decl, signatory=settings.get_str("printing.customs_signatory"))
    if form is CustomsForm.CN22:
        pagesize = (4 * inch, 6 * inch)
        canvas, buffer = common.new_canvas(pagesize, "Customs declaration CN 22")
        draw_cn22(canvas, decl, *pagesize)
    else:
        pagesize = common.page_size(settings)
        canvas, buffer = common.new_canvas(pagesize, "Customs declaration CN 23")
        draw_cn23(canvas, decl, *pagesize)
    return common.finish(canvas, buffer)
