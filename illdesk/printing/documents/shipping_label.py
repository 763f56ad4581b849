"""Shipping labels: a 4x6 inch thermal label, or Avery-style sheets of labels.

On a sheet, ``start_position`` (1 = top left, counted along rows) skips the labels
already used, so a half-used sheet goes back into the printer.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from illdesk.domain.barcodes import Symbology
from illdesk.domain.errors import DeskError
from illdesk.domain.label_sheets import LAYOUTS, THERMAL_4X6
from illdesk.domain.printed import ShippingLabel
from illdesk.printing import fonts
from illdesk.printing.barcode_writer import draw_barcode
from illdesk.printing.documents import common


def _header(
    canvas: Canvas, label: ShippingLabel, x: float, top: float, width: float, size: float
) -> float:
    of = f"{label.parcel_of[0]}/{label.parcel_of[1]}"
    right = "  ".join(p for p in (common.format_weight(label.weight_kg), of) if p)
    right_width = fonts.draw_text(
        canvas, x + width, top - size, right, fonts.BOLD, size * 0.7, "right"
    )
    room = width - right_width - size
    fonts.draw_text(
        canvas,
        x,
        top - size,
        label.carrier,
        fonts.BOLD,
        fonts.fit_size(label.carrier, fonts.BOLD, size, room, 6),
    )
    y = top - size * 1.25
    sub = "  ·  ".join(p for p in (label.service, common.format_date(label.ship_date)) if p)
    if sub:
        fonts.draw_text(
            canvas,
            x,
            y - size * 0.55,
            sub,
            fonts.REGULAR,
            fonts.fit_size(sub, fonts.REGULAR, size * 0.55, width, 5),
        )
        y -= size * 0.75
    canvas.setLineWidth(1.2)
    canvas.line(x, y - 2, x + width, y - 2)
    return y - 4


def draw_shipping_label(
    canvas: Canvas, label: ShippingLabel, x: float, y: float, width: float, height: float
) -> None:
    """One label in the box whose bottom-left corner is ``x, y`` (points)."""
    large = height >= 110 * mm
    pad = (4 if large else 3) * mm
    left, inner, top = x + pad, width - 2 * pad, y + height - pad
    request_bar = (11 if large else 7) * mm
    caption = 9 if large else 7
    # Small labels: our request barcode runs up the right edge to leave room for the address.
    side = 0.0 if large else request_bar + caption * 1.25 + 3 * mm
    yy = _header(canvas, label, left, top, inner, 18 if large else 10)
    below_header = yy

    # From: small, one to three lines.
    from_size = 8 if large else 6.5
    text_width = inner - side
    common.draw_label(canvas, left, yy - from_size - 1, "FROM", from_size * 0.85)
    label_w = fonts.text_width("FROM", fonts.REGULAR, from_size * 0.85) + 4
    sender = ", ".join(label.sender.as_lines())
    yy = fonts.draw_wrapped(
        canvas,
        left + label_w,
        yy - from_size - 1,
        sender,
        text_width - label_w,
        fonts.REGULAR,
        from_size,
        max_lines=3 if large else 2,
    )
    # To: the biggest block.
    to_size = 14 if large else 9.5
    yy -= 3 if large else 1
    common.draw_label(canvas, left, yy - 2, "TO", from_size * 0.85)
    yy = common.draw_address(
        canvas,
        label.recipient,
        left + label_w,
        yy + to_size * 0.2 - 2,
        text_width - label_w,
        to_size,
        max_lines=7,
    )
    # Barcodes: the carrier's tracking number full width, then our request number.
    track_bar = (20 if large else 9) * mm
    request_y = y + pad
    track_y = request_y + (request_bar + caption * 1.25 + 9 if large else 0)
    needed_top = track_y + track_bar + caption * 1.25 + (10 if large else 7)
    if yy < needed_top:
        raise DeskError(
            "The recipient's address is too long for this label; use a larger label or "
            "shorten the address."
        )
    common.draw_label(
        canvas, left, track_y + track_bar + caption * 1.25 + 2, "TRACKING", caption * 0.8
    )
    track_centre = left + (inner - side) / 2 if not large else x + width / 2
    if label.tracking_number.strip():
        draw_barcode(
            canvas,
            label.tracking_symbology,
            label.tracking_number,
            track_centre,
            track_y,
            bar_height=track_bar,
            max_width=inner - side,
            anchor="center",
            caption_size=caption,
        )
    else:  # a van run or untracked post: say so rather than leave a hole
        words = f"No tracking number ({label.carrier or 'untracked'})"
        size = caption * 1.2
        fonts.draw_text(
            canvas,
            track_centre - fonts.text_width(words, fonts.REGULAR, size) / 2,
            track_y + track_bar / 2,
            words,
            fonts.REGULAR,
            size,
        )
    if large:
        common.draw_label(
            canvas, left, request_y + request_bar + caption * 1.25 + 2, "ILL REQUEST", caption * 0.8
        )
        draw_barcode(
            canvas,
            Symbology.CODE128,
            label.request_number,
            x + width / 2,
            request_y,
            bar_height=request_bar,
            max_width=inner,
            anchor="center",
            caption_size=caption,
        )
        return
    canvas.saveState()
    canvas.translate(x + width - pad, y + pad)
    canvas.rotate(90)
    draw_barcode(
        canvas,
        Symbology.CODE128,
        label.request_number,
        0,
        0,
        bar_height=request_bar,
        max_width=below_header - 2 - request_y,
        caption=f"ILL {label.request_number}",
        caption_size=caption,
    )
    canvas.restoreState()


def render_shipping_labels(
    labels: Sequence[ShippingLabel], layout: str = THERMAL_4X6, start_position: int = 1
) -> bytes:
    """Labels on the chosen stock; on sheets the first label goes to ``start_position``."""
    if not labels:
        raise DeskError("There are no shipping labels to print.")
    sheet = LAYOUTS.get(layout)
    if sheet is None:
        raise DeskError(
            f"“{layout}” is not a label layout this program knows; choose one of "
            f"{', '.join(LAYOUTS)}."
        )
    if not 1 <= start_position <= sheet.per_sheet:
        raise DeskError(
            f"The start position must be between 1 and {sheet.per_sheet} on {layout} sheets, "
            f"not {start_position}."
        )
    canvas, buffer = common.new_canvas(sheet.page, f"Shipping labels ({len(labels)})")
    position = start_position
    for index, label in enumerate(labels):
        if index and position == 1:
            canvas.showPage()
        x, y = sheet.origin(position)
        draw_shipping_label(canvas, label, x, y, sheet.label_width, sheet.label_height)
        position = position % sheet.per_sheet + 1
    return common.finish(canvas, buffer)


def render_shipping_label(
    label: ShippingLabel, layout: str = THERMAL_4X6, start_position: int = 1
) -> bytes:
    return render_shipping_labels([label], layout, start_position)
