"""Invoices for lending charges: numbered, on the library's letterhead, with payment options."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.printed import Invoice, LibraryLetterhead, PaymentOption
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import draw_barcode
from illdesk.printing.documents import common, letter

ROW = 15.0
SIZE = 9.5


def _payment_text(invoice: Invoice, option: PaymentOption, settings: Settings) -> str:
    if option is PaymentOption.INVOICE:
        bank = invoice.bank_details or settings.get_str("printing.invoice_bank_details")
        return f"Bank transfer quoting {invoice.number}" + (f": {bank}" if bank else "")
    if option is PaymentOption.IFM:
        symbol = invoice.ifm_symbol or settings.get_str("printing.ifm_symbol")
        return "Through OCLC IFM" + (f" to our symbol {symbol}" if symbol else "")
    return "IFLA vouchers sent to the address above" + (
        f" ({invoice.ifla_voucher_note})" if invoice.ifla_voucher_note else ""
    )


def _table(canvas: Canvas, invoice: Invoice, x: float, y: float, width: float) -> float:
    cols = (
        ("Request", 0.2, "left"),
        ("Description", 0.45, "left"),
        ("Qty", 0.08, "right"),
        ("Unit price", 0.13, "right"),
        ("Amount", 0.14, "right"),
    )
    canvas.setFillColorRGB(0.9, 0.9, 0.9)
    canvas.rect(x, y - 5, width, ROW, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    cx = x
    for title, share, align in cols:
        tx = cx + 3 if align == "left" else cx + width * share - 3
        fonts.draw_text(canvas, tx, y, title, fonts.BOLD, 8.5, align)
        cx += width * share
    y -= ROW + 2
    for line in invoice.lines:
        values = (
            line.request_number,
            line.description,
            str(line.quantity),
            common.format_money(line.unit_price, invoice.currency),
            common.format_money(line.amount, invoice.currency),
        )
        cx = x
        for (_, share, align), value in zip(cols, values, strict=True):
            cell = width * share - 6
            size = fonts.fit_size(value, fonts.REGULAR, SIZE, cell, 6)
            tx = cx + 3 if align == "left" else cx + width * share - 3
            fonts.draw_text(canvas, tx, y, value, fonts.REGULAR, size, align)
            cx += width * share
        canvas.setLineWidth(0.3)
        canvas.line(x, y - 5, x + width, y - 5)
        y -= ROW
    y -= 4
    totals = [("Subtotal", invoice.subtotal)]
    if invoice.tax_rate_percent:
        totals.append((f"Tax {invoice.tax_rate_percent}%", invoice.tax))
    totals.append(("Total due", invoice.total))
    for index, (label, amount) in enumerate(totals):
        last = index == len(totals) - 1
        font = fonts.BOLD if last else fonts.REGULAR
        fonts.draw_text(canvas, x + width * 0.72, y, label, font, 11 if last else SIZE, "right")
        fonts.draw_text(
            canvas,
            x + width - 3,
            y,
            common.format_money(amount, invoice.currency),
            font,
            11 if last else SIZE,
            "right",
        )
        y -= ROW + (2 if last else 0)
    return y


def render_invoice(
    invoice: Invoice,
    letterhead: LibraryLetterhead | None = None,
    settings: Settings | None = None,
) -> bytes:
    """One invoice on one page (up to about 20 lines)."""
    if not invoice.lines:
        raise DeskError(f"Invoice {invoice.number} has no lines to charge.")
    if len(invoice.lines) > 20:
        raise DeskError(
            f"Invoice {invoice.number} has {len(invoice.lines)} lines; split it into invoices "
            "of at most 20 lines."
        )
    settings = common.settings_or_default(settings)
    letterhead = letterhead or common.letterhead_from_settings(settings)
    page = common.page_size(settings)
    width, _ = page
    inner = width - 2 * letter.MARGIN
    canvas, buffer = common.new_canvas(page, f"Invoice {invoice.number}")
    y = letter.draw_letter_frame(
        canvas,
        letterhead,
        invoice.bill_to,
        page,
        common.format_date(invoice.invoice_date),
        [
            ("Invoice no.", invoice.number),
            ("Due", common.format_date(invoice.due_date)),
            ("Your reference", invoice.customer_reference),
        ],
    )
    fonts.draw_text(canvas, letter.MARGIN, y, f"INVOICE {invoice.number}", fonts.BOLD, 15)
    draw_barcode(
        canvas,
        Symbology.CODE128,
        invoice.number,
        letter.MARGIN + inner,
        y - 6,
        bar_height=9 * mm,
        max_width=60 * mm,
        anchor="right",
        caption_size=7,
    )
    y -= 17
    fonts.draw_text(
        canvas, letter.MARGIN, y, "Charges for interlibrary loan services", fonts.REGULAR, 10
    )
    y -= 10 * mm
    y = _table(canvas, invoice, letter.MARGIN, y, inner)
    y -= 6
    fonts.draw_text(canvas, letter.MARGIN, y, "How to pay", fonts.BOLD, 11)
    y -= 16
    for option in PaymentOption:
        chosen = option in invoice.payment_options
        if not chosen:
            continue
        common.draw_checkbox(canvas, letter.MARGIN, y - 1, True, 8)
        fonts.draw_text(canvas, letter.MARGIN + 13, y, option.value, fonts.BOLD, SIZE)
        y -= 13
        y = (
            fonts.draw_wrapped(
                canvas,
                letter.MARGIN + 13,
                y,
                _payment_text(invoice, option, settings),
                inner - 13,
                fonts.REGULAR,
                9,
                11.5,
            )
            - 5
        )
    fonts.draw_text(
        canvas,
        letter.MARGIN,
        y - 2,
        f"Please pay by {common.format_date(invoice.due_date)}.",
        fonts.REGULAR,
        SIZE,
    )
    y -= 18
    if invoice.notes:
        fonts.draw_wrapped(canvas, letter.MARGIN, y, invoice.notes, inner, fonts.REGULAR, 9)
    letter.draw_footer(canvas, letterhead, page)
    return common.finish(canvas, buffer)
