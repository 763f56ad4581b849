# Compiled from forms/borrowing_request.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'borrowing_request.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from illdesk.ui.devices.scan_box import ScanBox
from illdesk.ui.dialogs.citation_form import CitationForm
from illdesk.ui.field_form import FieldForm
from illdesk.ui.wrap_label import WrapLabel

class Ui_BorrowingRequestDialog(object):
    def setupUi(self, BorrowingRequestDialog: QDialog) -> None:
        if not BorrowingRequestDialog.objectName():
            BorrowingRequestDialog.setObjectName(u"BorrowingRequestDialog")
        self.dialog_layout = QVBoxLayout(BorrowingRequestDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_scroll = QScrollArea(BorrowingRequestDialog)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidgetResizable(True)
        self.page = QWidget()
        self.page.setObjectName(u"page")
        self.page_column = QVBoxLayout(self.page)
        self.page_column.setObjectName(u"page_column")
        self.page_column.setContentsMargins(0, 0, 0, 0)
        self.who = FieldForm(self.page)
        self.who.setObjectName(u"who")
        self.who_rows = QFormLayout(self.who)
        self.who_rows.setObjectName(u"who_rows")
        self.label_patron_barcode = QLabel(self.who)
        self.label_patron_barcode.setObjectName(u"label_patron_barcode")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_patron_barcode)

        self.patron_barcode = ScanBox(self.who)
        self.patron_barcode.setObjectName(u"patron_barcode")
        self.patron_barcode.setProperty(u"advance", True)
        self.patron_barcode.setProperty(u"field", u"patron")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.patron_barcode)

        self.patron_line = QHBoxLayout()
        self.patron_line.setObjectName(u"patron_line")
        self.patron_label = WrapLabel(self.who)
        self.patron_label.setObjectName(u"patron_label")
        self.patron_label.setProperty(u"hideWhenEmpty", True)

        self.patron_line.addWidget(self.patron_label)

        self.renew_card = QPushButton(self.who)
        self.renew_card.setObjectName(u"renew_card")

        self.patron_line.addWidget(self.renew_card)

        self.patron_line.setStretch(0, 1)

        self.who_rows.setLayout(1, QFormLayout.ItemRole.FieldRole, self.patron_line)

        self.ils_label = WrapLabel(self.who)
        self.ils_label.setObjectName(u"ils_label")
        self.ils_label.setProperty(u"hideWhenEmpty", True)

        self.who_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ils_label)

        self.new_patron = QPushButton(self.who)
        self.new_patron.setObjectName(u"new_patron")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_patron)

        self.label_needed_by = QLabel(self.who)
        self.label_needed_by.setObjectName(u"label_needed_by")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_needed_by)

        self.needed_by = QDateEdit(self.who)
        self.needed_by.setObjectName(u"needed_by")
        self.needed_by.setDisplayFormat(u"yyyy-MM-dd")
        self.needed_by.setMinimumDate(QDate(2000, 1, 1))
        self.needed_by.setDate(QDate(2000, 1, 1))
        self.needed_by.setCalendarPopup(True)

        self.who_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.needed_by)

        self.label_max_cost = QLabel(self.who)
        self.label_max_cost.setObjectName(u"label_max_cost")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_max_cost)

        self.max_cost = QLineEdit(self.who)
        self.max_cost.setObjectName(u"max_cost")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.max_cost)

        self.label_price = QLabel(self.who)
        self.label_price.setObjectName(u"label_price")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_price)

        self.price = QLineEdit(self.who)
        self.price.setObjectName(u"price")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.price)

        self.label_supplier_record_id = QLabel(self.who)
        self.label_supplier_record_id.setObjectName(u"label_supplier_record_id")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_supplier_record_id)

        self.supplier_record_id = QLineEdit(self.who)
        self.supplier_record_id.setObjectName(u"supplier_record_id")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.supplier_record_id)

        self.label_note_to_lender = QLabel(self.who)
        self.label_note_to_lender.setObjectName(u"label_note_to_lender")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_note_to_lender)

        self.note_to_lender = QLineEdit(self.who)
        self.note_to_lender.setObjectName(u"note_to_lender")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note_to_lender)

        self.label_purchase_suggestion = QLabel(self.who)
        self.label_purchase_suggestion.setObjectName(u"label_purchase_suggestion")

        self.who_rows.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_purchase_suggestion)

        self.purchase_suggestion = WrapLabel(self.who)
        self.purchase_suggestion.setObjectName(u"purchase_suggestion")

        self.who_rows.setWidget(9, QFormLayout.ItemRole.FieldRole, self.purchase_suggestion)


        self.page_column.addWidget(self.who)

        self.wanted_box = QGroupBox(self.page)
        self.wanted_box.setObjectName(u"wanted_box")
        self.wanted_column = QVBoxLayout(self.wanted_box)
        self.wanted_column.setObjectName(u"wanted_column")
        self.citation = CitationForm(self.wanted_box)
        self.citation.setObjectName(u"citation")

        self.wanted_column.addWidget(self.citation)


        self.page_column.addWidget(self.wanted_box)

        self.page_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_column.addItem(self.page_stretch)

        self.form_scroll.setWidget(self.page)

        self.dialog_layout.addWidget(self.form_scroll)

        self.buttons = QDialogButtonBox(BorrowingRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.label_patron_barcode.setBuddy(self.patron_barcode)
        self.label_needed_by.setBuddy(self.needed_by)
        self.label_max_cost.setBuddy(self.max_cost)
        self.label_price.setBuddy(self.price)
        self.label_supplier_record_id.setBuddy(self.supplier_record_id)
        self.label_note_to_lender.setBuddy(self.note_to_lender)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patron_barcode, self.renew_card)
        QWidget.setTabOrder(self.renew_card, self.new_patron)
        QWidget.setTabOrder(self.new_patron, self.needed_by)
        QWidget.setTabOrder(self.needed_by, self.max_cost)
        QWidget.setTabOrder(self.max_cost, self.price)
        QWidget.setTabOrder(self.price, self.supplier_record_id)
        QWidget.setTabOrder(self.supplier_record_id, self.note_to_lender)

        self.retranslateUi(BorrowingRequestDialog)

        QMetaObject.connectSlotsByName(BorrowingRequestDialog)
    # setupUi

    def retranslateUi(self, BorrowingRequestDialog: QDialog) -> None:
        BorrowingRequestDialog.setWindowTitle(QCoreApplication.translate("BorrowingRequestDialog", u"New borrowing request", None))
        self.label_patron_barcode.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Patron card", None))
#if QT_CONFIG(accessibility)
        self.patron_barcode.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Patron card", None))
#endif // QT_CONFIG(accessibility)
        self.patron_barcode.setPlaceholderText(QCoreApplication.translate("BorrowingRequestDialog", u"Scan or type the patron's card", None))
        self.renew_card.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Renew card", None))
        self.new_patron.setText(QCoreApplication.translate("BorrowingRequestDialog", u"New patron\u2026", None))
        self.label_needed_by.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Needed by", None))
#if QT_CONFIG(accessibility)
        self.needed_by.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Needed by", None))
#endif // QT_CONFIG(accessibility)
        self.label_max_cost.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Most the patron will pay", None))
#if QT_CONFIG(accessibility)
        self.max_cost.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Most the patron will pay", None))
#endif // QT_CONFIG(accessibility)
        self.max_cost.setPlaceholderText(QCoreApplication.translate("BorrowingRequestDialog", u"e.g. 15.00 (empty: no limit)", None))
        self.label_price.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Price to buy", None))
#if QT_CONFIG(accessibility)
        self.price.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Price to buy", None))
#endif // QT_CONFIG(accessibility)
        self.price.setPlaceholderText(QCoreApplication.translate("BorrowingRequestDialog", u"to buy it instead, if known", None))
        self.label_supplier_record_id.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Lender's record id", None))
#if QT_CONFIG(accessibility)
        self.supplier_record_id.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Lender's record id", None))
#endif // QT_CONFIG(accessibility)
        self.supplier_record_id.setPlaceholderText(QCoreApplication.translate("BorrowingRequestDialog", u"the lender's own record id, if you found it", None))
        self.label_note_to_lender.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Note to the lender", None))
#if QT_CONFIG(accessibility)
        self.note_to_lender.setAccessibleName(QCoreApplication.translate("BorrowingRequestDialog", u"Note to the lender", None))
#endif // QT_CONFIG(accessibility)
        self.note_to_lender.setPlaceholderText(QCoreApplication.translate("BorrowingRequestDialog", u"e.g. which copy or volume we need", None))
        self.label_purchase_suggestion.setText(QCoreApplication.translate("BorrowingRequestDialog", u"Buy or borrow", None))
        self.wanted_box.setTitle(QCoreApplication.translate("BorrowingRequestDialog", u"What is wanted", None))
    # retranslateUi

