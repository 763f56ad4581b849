"""A report on paper: the title and period, the definitions used, the chart, and every
table (long tables run on over pages with their headings repeated)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import Flowable

from illdesk.domain.printed import letterhead_from_settings
from illdesk.domain.report_table import Chart, ChartKind, Report, Table, cell_text
from illdesk.domain.settings import Settings
from illdesk.printing import fonts
from illdesk.printing.documents import common

PALETTE = (
    colors.HexColor("#1f77b4"),
    colors.HexColor("#ff7f0e"),
    colors.HexColor("#2ca02c"),
    colors.HexColor("#d62728"),
    colors.HexColor("#9467bd"),
)
MAX_CATEGORIES = 36


def _markup(text: str, font: str = fonts.REGULAR) -> str:
    """Paragraph markup switching to the CJK font wherever the main font has no glyph."""
    return "".join(
        escape(piece) if run_font == font else f'<font name="{run_font}">{escape(piece)}</font>'
        for run_font, piece in fonts.text_runs(text, font)
    )


def _chart(chart: Chart, width: float) -> Drawing:
    height = 70 * mm
    drawing = Drawing(width, height)
    categories = chart.categories[-MAX_CATEGORIES:]
    cut = len(chart.categories) - len(categories)
    data = [tuple(s.values[cut:]) for s in chart.series] or [(0.0,)]
    plot: VerticalBarChart | HorizontalLineChart
    if chart.kind is ChartKind.LINE:
        plot = HorizontalLineChart()
        for i in range(len(data)):
            plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            plot.lines[i].strokeWidth = 1.5
    else:
        plot = VerticalBarChart()
        plot.groupSpacing = 2
        for i in range(len(data)):
            plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            plot.bars[i].strokeColor = None
        if chart.kind is ChartKind.STACKED:
            plot.categoryAxis.style = "stacked"
    plot.x, plot.y = 12 * mm, 16 * mm
    plot.width, plot.height = width - 16 * mm, height - 26 * mm
    plot.data = data
    cut_at = 18 if len(categories) > 8 else 30
    plot.categoryAxis.categoryNames = [c[:cut_at] for c in categories] or [""]
    plot.categoryAxis.labels.fontName = fonts.REGULAR
    plot.categoryAxis.labels.fontSize = 6.5
    if len(categories) > 8:
        plot.categoryAxis.labels.angle = 45
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontName = fonts.REGULAR
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    if chart.ceiling is not None:
        plot.valueAxis.valueMax = chart.ceiling
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = 14 * mm, height - 3 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7.5
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], s.name) for i, s in enumerate(chart.series)
    ]
    drawing.add(legend)
    if chart.value_label:
        drawing.add(
            String(
                0, 16 * mm + plot.height + 2, chart.value_label, fontName=fonts.REGULAR, fontSize=7
            )
        )
    return drawing


def _table(table: Table, width: float, cell: ParagraphStyle, head: ParagraphStyle) -> PdfTable:
    header = [Paragraph(_markup(c, fonts.BOLD), head) for c in table.columns]
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    body = [
        [Paragraph(_markup(cell_text(v)), cell if isinstance(v, str) else right) for v in row]
        for row in table.rows
    ]
    if not body:
        body = [[Paragraph("No requests in this period.", cell)] + [""] * (len(header) - 1)]
    text_cols = [
        i
        for i in range(len(table.columns))
        if any(isinstance(row[i], str) for row in table.rows[:50])
    ] or [0]
    narrow = 19 * mm
    wide = (width - narrow * (len(table.columns) - len(text_cols))) / len(text_cols)
    widths = [wide if i in text_cols else narrow for i in range(len(table.columns))]
    pdf = PdfTable([header, *body], colWidths=widths, repeatRows=1)
    pdf.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f5f5")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return pdf


def render_report(report: Report, *, settings: Settings | None = None) -> bytes:
    settings = common.settings_or_default(settings)
    fonts.register_fonts()
    buffer = io.BytesIO()
    pagesize = common.page_size(settings)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"{report.title} {report.period}",
        author="illdesk",
        creator="illdesk",
    )
    width = pagesize[0] - 32 * mm
    title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=15, leading=19)
    small = ParagraphStyle("small", fontName=fonts.REGULAR, fontSize=8.5, leading=11)
    heading = ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=10.5, leading=14)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.BOLD)
    library = letterhead_from_settings(settings).name
    story: list[Flowable] = [
        Paragraph(_markup(f"{report.title} — {report.period}", fonts.BOLD), title),
        Paragraph(_markup(library), small),
        Spacer(1, 3 * mm),
        Paragraph(_markup(report.definition), small),
        Spacer(1, 4 * mm),
    ]
    if report.chart is not None and report.chart.categories:
        story += [_chart(report.chart, width), Spacer(1, 4 * mm)]
    for table in report.tables:
        story += [
            Paragraph(_markup(table.title, fonts.BOLD), heading),
            Spacer(1, 1.5 * mm),
            _table(table, width, cell, head),
            Spacer(1, 5 * mm),
        ]
    doc.build(story)
    return buffer.getvalue()


class ReportPdf:
    """The adapter for :class:`illdesk.services.reports.ReportRenderer`."""

    def report(self, report: Report, settings: Settings) -> bytes:
        return render_report(report, settings=settings)
