"""Record what a lender billed for a borrowing request (a loan fee, an article fee) and see
what it does to the year's budget, next to the charges already recorded on the request.

The detail pane adds :func:`lender_charge_button` to a borrowing request's actions.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from illdesk.domain.errors import ValidationFailed
from illdesk.domain.vocabulary import ServiceType, Side
from illdesk.services.purchasing import (
    WHAT_MAX,
    BudgetStatus,
    LenderChargeRow,
    parse_charge,
)
from illdesk.services.rows import RequestDetail
from illdesk.ui import i18n
from illdesk.ui.copies.context import CopiesContext
from illdesk.ui.field_form import ERROR_STYLE, FieldForm, submit

MUTED_STYLE = "color: #555;"


class LenderChargeDialog(QDialog):
    """Amount and purpose of one lender's charge on one borrowing request."""

    def __init__(
        self, context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.recorded: LenderChargeRow | None = None
        self.setWindowTitle(self.tr("Lender charge for {0}").format(detail.row.number))
        self.setMinimumWidth(480)
        purchasing = context.purchasing

        heading = QLabel(self)
        heading.setObjectName("charge_heading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        heading.setText(self._heading_html())

        self.form = FieldForm(self)
        self.form.layout_.setContentsMargins(0, 6, 0, 6)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("15.00"))
        self.amount.setMaximumWidth(160)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLabel(purchasing.currency(), self)
        self.currency.setObjectName("currency")
        amount_row = QWidget(self)
        row_layout = QHBoxLayout(amount_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.amount)
        row_layout.addWidget(self.currency)
        row_layout.addStretch(1)
        amount_row.setFocusProxy(self.amount)
        self.form.add("amount", self.tr("Amount"), amount_row)
        self.what = QLineEdit(self)
        self.what.setObjectName("what")
        self.what.setMaxLength(WHAT_MAX)
        self.what.setPlaceholderText(self.tr("for example loan fee, article fee, lost book"))
        self.what.setText(self._suggested_what())
        self.form.add("what", self.tr("For"), self.what)

        self.status = purchasing.budget()
        budget_box = QGroupBox(self.tr("Budget {0}").format(self.status.label), self)
        self.budget = QLabel(self._budget_words(self.status), budget_box)
        self.budget.setObjectName("budget")
        self.budget.setWordWrap(True)
        self.effect = QLabel(budget_box)
        self.effect.setObjectName("budget_effect")
        self.effect.setWordWrap(True)
        budget_layout = QVBoxLayout(budget_box)
        budget_layout.addWidget(self.budget)
        budget_layout.addWidget(self.effect)

        charges_box = QGroupBox(self.tr("Already charged on this request"), self)
        self.charges = QLabel(charges_box)
        self.charges.setObjectName("charges")
        self.charges.setTextFormat(Qt.TextFormat.RichText)
        self.charges.setWordWrap(True)
        QVBoxLayout(charges_box).addWidget(self.charges)
        self._show_charges(purchasing.lender_charges(detail.row.id))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        record = buttons.addButton(self.tr("Record charge"), QDialogButtonBox.ButtonRole.AcceptRole)
        record.setObjectName("record_charge")
        record.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(budget_box)
        layout.addWidget(charges_box)
        layout.addSpacing(6)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.amount.textChanged.connect(self._show_effect)
        self._show_effect()
        self.amount.setFocus()
        self._fit_height(layout)

    def _fit_height(self, layout: QVBoxLayout) -> None:
        """Wrapped labels make the plain size hint too tall: size for the real width."""
        width = max(self.minimumWidth(), self.sizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else self.sizeHint().height())

    # -- showing ---------------------------------------------------------------------------
    def _heading_html(self) -> str:
        r = self.detail.row
        lender = self.detail.partner_name or r.partner
        if self.detail.partner_name and r.partner:
            lender = f"{self.detail.partner_name} ({r.partner})"
        lines = [f"<b>{html.escape(r.number)}</b> — {html.escape(r.title)}"]
        if lender:
            lines.append(html.escape(self.tr("Lender: {0}").format(lender)))
        else:
            lines.append(f"<i>{html.escape(self.tr('No lender on this request.'))}</i>")
        return "<br>".join(lines)

    def _suggested_what(self) -> str:
        symbol = self.detail.row.partner
        if not symbol:
            return ""
        if self.detail.row.service_type is ServiceType.COPY:
            return self.tr("Article fee from {0}").format(symbol)
        return self.tr("Loan fee from {0}").format(symbol)

    def _budget_words(self, status: BudgetStatus) -> str:
        spent = self.tr("Spent {0} in {1}").format(
            i18n.money_text(status.spent, status.currency), status.label
        )
        if status.amount is None:
            return self.tr("{0} (no budget set).").format(spent)
        return self.tr("{0} of {1}; {2} left.").format(
            spent, i18n.decimal_text(status.amount), i18n.decimal_text(status.left)
        )

    def _show_effect(self) -> None:
        """What the budget will look like with the amount being typed."""
        try:
            amount = parse_charge(self.amount.text())
        except ValidationFailed:
            self.effect.setStyleSheet(MUTED_STYLE)
            self.effect.setText(self.tr("Lender charges count against this budget."))
            return
        spent = self.status.spent + amount
        if self.status.left is None:
            text = self.tr("After this charge: {0} spent.").format(i18n.decimal_text(spent))
            over = False
        else:
            left = self.status.left - amount
            over = left < 0
            text = (
                self.tr("After this charge: {0} spent, {1} over budget.").format(
                    i18n.decimal_text(spent), i18n.decimal_text(-left)
                )
                if over
                else self.tr("After this charge: {0} spent, {1} left.").format(
                    i18n.decimal_text(spent), i18n.decimal_text(left)
                )
            )
        self.effect.setStyleSheet(ERROR_STYLE if over else "font-weight: 600;")
        self.effect.setText(text)

    def _show_charges(self, rows: list[LenderChargeRow]) -> None:
        if not rows:
            self.charges.setText(f"<i>{html.escape(self.tr('Nothing yet.'))}</i>")
            return
        cells = "".join(
            f"<tr><td>{i18n.date_text(c.at)}</td>"
            f"<td align='right'>{html.escape(i18n.money_text(c.amount, c.currency))}</td>"
            f"<td>{html.escape(c.what)}</td>"
            f"<td style='{MUTED_STYLE}'>{html.escape(c.staff)}</td></tr>"
            for c in rows
        )
        if len(rows) > 1 and len({c.currency for c in rows}) == 1:
            total = sum((c.amount for c in rows), Decimal(0))
            cells += (
                f"<tr><td><b>{html.escape(self.tr('Total'))}</b></td>"
                f"<td align='right'><b>{html.escape(i18n.money_text(total, rows[0].currency))}</b>"
                "</td><td></td><td></td></tr>"
            )
        self.charges.setText(f"<table cellspacing='0' cellpadding='3'>{cells}</table>")

    # -- acting ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Record the charge; problems go under their field and nothing is written."""
        self.form.clear_problems()
        recorded = submit(
            self,
            (self.form,),
            lambda: self.context.purchasing.record_charge(
                self.detail.row.id,
                parse_charge(self.amount.text()),
                self.what.text(),
                staff=self.context.current_staff(),
            ),
        )
        if recorded is None:
            return False
        self.recorded = recorded
        self.accept()
        return True


class LenderChargeButton(QPushButton):
    """Opens :class:`LenderChargeDialog`; ``recorded`` carries the request id afterwards."""

    recorded = Signal(int)

    def __init__(
        self, context: CopiesContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("Lender charge…"))
        self.setObjectName("lender_charge")
        self.setToolTip(self.tr("Record what the lender billed; it counts against the budget."))
        self.context = context
        self.detail = detail
        self.clicked.connect(self.open_dialog)

    def make_dialog(self) -> LenderChargeDialog:
        return LenderChargeDialog(self.context, self.detail, self.window())

    def open_dialog(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded is not None:
            self.recorded.emit(self.detail.row.id)


def lender_charge_button(
    context: CopiesContext,
    detail: RequestDetail,
    parent: QWidget,
    on_recorded: Callable[[], None] | None = None,
) -> LenderChargeButton | None:
    """The "Lender charge…" action for a borrowing request (None for a lending request);
    ``on_recorded`` runs after a charge was recorded, e.g. to reload the detail pane."""
    if detail.row.side is not Side.BORROWING:
        return None
    button = LenderChargeButton(context, detail, parent)
    if on_recorded is not None:
        button.recorded.connect(lambda _id: on_recorded())
    return button
